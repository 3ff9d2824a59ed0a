// Turns the launch configuration's granted host descriptors into the
// program's descriptor table.
#ifndef RUNTIME_LAUNCH_H
#define RUNTIME_LAUNCH_H

#include "config.h"

// Installs grants[i] as program fd i.  Exits through launch_fail on error.
void launch_install_grants(const struct launch_config *config);

#endif
