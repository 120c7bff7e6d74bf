#ifndef PATHWAYS_CRENAME_H
#define PATHWAYS_CRENAME_H

/// Atomically swaps two names (Linux renameat2 RENAME_EXCHANGE). Returns 0, or -1 with errno
/// set (EINVAL or ENOSYS where the file system or system cannot).
int pathways_rename_exchange(const char *from, const char *to);

/// Renames unless the new name exists (Linux renameat2 RENAME_NOREPLACE). Returns 0, or -1
/// with errno set (EEXIST when the name is taken).
int pathways_rename_noreplace(const char *from, const char *to);

#endif
