// Mock <string.h>: memcmp, strlen, strstr.
#pragma once
#ifdef __cplusplus
extern "C" {
#endif
typedef __SIZE_TYPE__ size_t;
int memcmp(const void* a, const void* b, size_t n);
size_t strlen(const char* s);
char* strstr(const char* haystack, const char* needle);
#ifdef __cplusplus
}
#endif
