#pragma once
// Verifies a served chain with OpenSSL against a candidate trust set used as the ONLY trust store,
// at a fixed time, with the client's verify depth: the same decision a TLS client makes.
#include <cstdint>
#include <string>
#include <vector>

#include "core/trust/certificate.h"

namespace atscan {

struct ParsedChain {
  std::string name;
  Certificate leaf;
  std::vector<Certificate> served;  // what the server sends after the leaf
  std::int64_t check_time = 0;
};

struct ChainResult {
  bool ok = false;
  int error = 0;                   // X509_V_ERR_*
  std::string error_text;          // "certificate chain too long"
  std::vector<Certificate> path;   // leaf … trust anchor, when ok
};

// `depth` < 0 = OpenSSL default (100); otherwise the most intermediates allowed between target and anchor. `partial_chain`: accept a non-self-signed trusted certificate
// as the anchor (X509_V_FLAG_PARTIAL_CHAIN; mbedTLS, wolfSSL, Java and Go behave this way).
ChainResult verify_chain(const ParsedChain& chain, const std::vector<Certificate>& trust, int depth, bool partial_chain);
ChainResult verify_chain(const ParsedChain& chain, const std::vector<const Certificate*>& trust, int depth, bool partial_chain);

// Intermediate certificates between leaf and anchor: the value a verify depth must at least have.
int needed_depth(const ChainResult& r);

}  // namespace atscan
