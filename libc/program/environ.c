// The environment: an empty list unless the program was started through
// main() with an `env` map in its argdata (see program_main.c).
static char *empty_environment[] = {0};
char **environ = empty_environment;
