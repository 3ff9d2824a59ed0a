/* Checks cloudabi_paths.c, the glue that maps CPython's path names onto
 * granted directories.  Run with the directories that the recipe's "paths"
 * test prepares: pythonhome (holding lib/python3.11/os.py) and cwd
 * (holding script.py), or with no grants and the argument "none". */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

static int failures;

static void check(const char *what, int ok) {
  printf("%s: %s\n", ok ? "ok" : "FAIL", what);
  failures += !ok;
}

int main(int argc, char **argv) {
  int granted = !(argc > 1 && strcmp(argv[1], "none") == 0);
  char buf[64] = "";
  struct stat st;

  FILE *f = fopen("/python/lib/python3.11/os.py", "r");
  check("fopen under the prefix",
        granted ? f != NULL && fgets(buf, sizeof buf, f) && strcmp(buf, "stdlib\n") == 0
                : f == NULL && errno == ENOTCAPABLE);
  int fd = open("script.py", O_RDONLY);
  ssize_t n = fd >= 0 ? read(fd, buf, sizeof buf - 1) : -1;
  if (n >= 0)
    buf[n] = '\0';
  check("open of a relative name",
        granted ? n >= 0 && strcmp(buf, "cwd\n") == 0 : fd < 0 && errno == ENOTCAPABLE);
  int r = stat("/python/lib/python3.11", &st);
  check("stat of a directory under the prefix",
        granted ? r == 0 && S_ISDIR(st.st_mode) : r < 0 && errno == ENOTCAPABLE);
  r = stat("/python", &st);
  check("stat of the prefix", granted ? r == 0 && S_ISDIR(st.st_mode) : r < 0);
  r = lstat("/python//lib", &st);
  check("lstat with doubled slashes", granted ? r == 0 && S_ISDIR(st.st_mode) : r < 0);
  r = stat("/etc/passwd", &st);
  check("other absolute names refused", r < 0 && errno == ENOTCAPABLE);
  r = stat("/pythonx/a", &st);
  check("a longer first component is not the prefix", r < 0 && errno == ENOTCAPABLE);
  r = stat("/python/../../etc/passwd", &st);
  check("'..' escapes refused", r < 0 && errno == ENOTCAPABLE);
  if (granted) {
    check("access of a file under the prefix", access("/python/lib/python3.11/os.py", R_OK) == 0);
    check("mkdir of a relative name", mkdir("sub", 0777) == 0 && stat("sub", &st) == 0 && S_ISDIR(st.st_mode));
    f = fopen("sub/x", "w");
    check("fopen for writing in cwd", f != NULL && fputs("x", f) >= 0 && fclose(f) == 0);
    check("rename within cwd", rename("sub/x", "sub/y") == 0 && stat("sub/y", &st) == 0);
    DIR *d = opendir("sub");
    int found = 0;
    struct dirent *e;
    while (d != NULL && (e = readdir(d)) != NULL)
      found += strcmp(e->d_name, "y") == 0;
    check("opendir of a relative name lists it", d != NULL && found == 1);
    if (d != NULL)
      closedir(d);
    check("unlink, then rmdir", unlink("sub/y") == 0 && rmdir("sub") == 0 && stat("sub", &st) < 0);
    check("read-only grant refuses mkdir", mkdir("/python/new", 0777) < 0);
    f = fopen("t", "w");
    struct timeval tv[2] = {{1000000000, 0}, {1234567890, 500000}};
    check("utimes of a relative name",
          f != NULL && fclose(f) == 0 && utimes("t", tv) == 0 && stat("t", &st) == 0 &&
              st.st_mtim.tv_sec == 1234567890 && st.st_mtim.tv_nsec == 500000000 &&
              unlink("t") == 0);
    check("getcwd names the cwd grant", getcwd(buf, sizeof(buf)) == buf && strcmp(buf, "/cwd") == 0);
    check("absolute names under /cwd resolve in the grant",
          stat("/cwd/script.py", &st) == 0 && stat("/cwd", &st) == 0 && S_ISDIR(st.st_mode));
    check("getcwd refuses a short buffer", getcwd(buf, 4) == NULL && errno == ERANGE);
    check("chdir into the prefix, then relative names resolve there",
          chdir("/python/lib") == 0 && stat("python3.11/os.py", &st) == 0 &&
              stat("script.py", &st) < 0);
    check("getcwd after chdir", getcwd(buf, sizeof(buf)) != NULL && strcmp(buf, "/python/lib") == 0);
    check("relative chdir with . and ..",
          chdir("./python3.11/../python3.11") == 0 && getcwd(buf, sizeof(buf)) != NULL &&
              strcmp(buf, "/python/lib/python3.11") == 0 && stat("os.py", &st) == 0);
    check("chdir to a missing directory fails and changes nothing",
          chdir("nonexistent") < 0 && errno == ENOENT && getcwd(buf, sizeof(buf)) != NULL &&
              strcmp(buf, "/python/lib/python3.11") == 0);
    check("chdir back to the cwd grant by name",
          chdir("/cwd") == 0 && stat("script.py", &st) == 0);
  } else {
    errno = 0;
    check("getcwd has no answer without a cwd grant", getcwd(buf, sizeof(buf)) == NULL && errno == ENOENT);
    check("mkdir without grants", mkdir("sub", 0777) < 0 && errno == ENOTCAPABLE);
    check("opendir without grants", opendir("/python") == NULL && errno == ENOTCAPABLE);
  }
  check("getpid is positive and constant", getpid() > 0 && getpid() == getpid());
  char entry[] = "PT_PUT=3";
  check("setenv adds, getenv sees it",
        setenv("PT_A", "1", 0) == 0 && strcmp(getenv("PT_A"), "1") == 0);
  check("setenv without overwrite keeps the value",
        setenv("PT_A", "2", 0) == 0 && strcmp(getenv("PT_A"), "1") == 0);
  check("setenv with overwrite replaces it",
        setenv("PT_A", "2", 1) == 0 && strcmp(getenv("PT_A"), "2") == 0);
  check("putenv uses the string itself",
        putenv(entry) == 0 && getenv("PT_PUT") == entry + 7);
  check("unsetenv removes one name only",
        unsetenv("PT_A") == 0 && getenv("PT_A") == NULL && getenv("PT_PUT") != NULL);
  check("setenv refuses a name with '='", setenv("A=B", "1", 1) < 0 && errno == EINVAL);
  return failures != 0;
}
