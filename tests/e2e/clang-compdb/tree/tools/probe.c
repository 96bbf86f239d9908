/* Not in the compilation database: the tree-sitter fallback scans it (confidence "low"). */
#include <openssl/ssl.h>

void probe(SSL_CTX* ctx) { SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL); }
