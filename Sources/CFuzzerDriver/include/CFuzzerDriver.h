#ifndef PATHWAYS_CFUZZERDRIVER_H
#define PATHWAYS_CFUZZERDRIVER_H

/// Runs libFuzzer over LLVMFuzzerTestOneInput with the command line's arguments. Defined only
/// in a fuzzing build (compiled with -DPATHWAYS_FUZZING and linked with -sanitize=fuzzer).
int pathways_fuzz_driver(int argc, char **argv);

#endif
