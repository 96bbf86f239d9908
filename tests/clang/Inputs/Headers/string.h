// Mock <string.h>: memcmp only.
#pragma once
#ifdef __cplusplus
extern "C" {
#endif
typedef __SIZE_TYPE__ size_t;
int memcmp(const void* a, const void* b, size_t n);
size_t strlen(const char* s);
#ifdef __cplusplus
}
#endif
