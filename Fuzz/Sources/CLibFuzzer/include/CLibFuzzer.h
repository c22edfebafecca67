#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>
/* libFuzzer's driver, linked in by `-sanitize=fuzzer`: the fuzz targets keep their own `main` (SwiftPM
   renames and aliases it) and hand over to libFuzzer here. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
