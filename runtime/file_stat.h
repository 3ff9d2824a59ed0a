// Conversions between host struct stat / times and cloudabi_filestat_t.
#ifndef RUNTIME_FILE_STAT_H
#define RUNTIME_FILE_STAT_H

#include <cloudabi_types.h>
#include <sys/stat.h>
#include <time.h>

cloudabi_filetype_t file_type_from_mode(mode_t mode);
void file_stat_from_host(const struct stat *st, cloudabi_filestat_t *out);
// Builds utimensat() times from the ATIM/MTIM flags; -1 on unknown flags.
int file_times_to_host(const cloudabi_filestat_t *in, cloudabi_fsflags_t flags,
                       struct timespec times[2]);

#endif
