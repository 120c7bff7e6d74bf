#ifndef PATHWAYS_CPROCESSSPAWN_H
#define PATHWAYS_CPROCESSSPAWN_H

// Process facts from the C library's own headers, for the kiosk's print command.

/// The posix_spawn attribute flag that starts the child in a session of its own
/// (POSIX_SPAWN_SETSID), read from the C library's own <spawn.h>: Swift does not import it
/// because glibc declares it only for _GNU_SOURCE. 0 where the C library has no such flag.
short pw_spawn_setsid_flag(void);

/// The wait(2) status macros, which Swift cannot import: the signal that stopped the child
/// (0 when it exited), and its exit status when it exited.
int pw_wait_signal(int status);
int pw_wait_exit_status(int status);

#endif
