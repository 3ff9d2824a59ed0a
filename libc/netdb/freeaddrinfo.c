#include <netdb.h>
#include <stdlib.h>

// Each element was allocated together with its address (see getaddrinfo).
void freeaddrinfo(struct addrinfo *ai) {
  while (ai != NULL) {
    struct addrinfo *next = ai->ai_next;
    free(ai->ai_canonname);
    free(ai);
    ai = next;
  }
}
