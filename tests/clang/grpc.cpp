// gRPC C++: SslCredentialsOptions::pem_root_certs replaces the default roots.
#include <grpcpp/grpcpp.h>

// ok: ats-embedded-certificate
// fallback: ruleid[warning]: ats-embedded-certificate  the fallback reports the literal as well as the call that consumes it
static const char kRootPem[] = "-----BEGIN CERTIFICATE-----\nMIIBgrpc\n-----END CERTIFICATE-----\n";

std::string read_file(const std::string& path);

void embedded_roots() {
  grpc::SslCredentialsOptions opts;
  // ruleid[note]: ats-embedded-certificate
  // fallback: ruleid[warning]: ats-embedded-certificate — the fallback reaches different endpoints from here
  opts.pem_root_certs = kRootPem;
  auto channel = grpc::CreateChannel("api.internal:443", grpc::SslCredentials(opts));
}

void roots_from_file() {
  grpc::SslCredentialsOptions opts;
  // ruleid[warning]: ats-custom-ca-bundle  roots read at run time from a file not in the tree
  // fallback: ok: ats-custom-ca-bundle — the fallback does not see this
  // fallback: ruleid[warning]: ats-embedded-certificate — the fallback reports it; Clang does not
  opts.pem_root_certs = read_file("certs/roots.pem");
  auto channel = grpc::CreateChannel("dynamodb.us-east-1.amazonaws.com:443", grpc::SslCredentials(opts));
}

// Valid: default options (the gRPC default roots), an empty root string, a client certificate only.
void Valid() {
  grpc::SslCredentialsOptions defaults;
  auto channel = grpc::CreateChannel("dynamodb.us-east-1.amazonaws.com:443", grpc::SslCredentials(defaults));
  grpc::SslCredentialsOptions empty;
  empty.pem_root_certs = "";
  grpc::SslCredentialsOptions client_cert;
  client_cert.pem_cert_chain = kRootPem;
  // ruleid[note]: ats-s3-endpoint
  auto other = grpc::CreateChannel("s3.amazonaws.com:443", grpc::SslCredentials(client_cert));
}
