// Built as plain C (not through a Clang module) so _GNU_SOURCE reaches <spawn.h>.
#define _GNU_SOURCE 1
#include <spawn.h>
#include <sys/wait.h>
#include "CProcessSpawn.h"

short pw_spawn_setsid_flag(void) {
#ifdef POSIX_SPAWN_SETSID
    return POSIX_SPAWN_SETSID;
#else
    return 0;
#endif
}

int pw_wait_signal(int status) { return WIFSIGNALED(status) ? WTERMSIG(status) : 0; }

int pw_wait_exit_status(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }
