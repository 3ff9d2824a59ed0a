#include "startup.h"
#include "tls.h"

struct startup_info __startup;
struct tls_image __tls_image;
