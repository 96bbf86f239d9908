#include "core/flow/solver.h"

#include <gtest/gtest.h>

using namespace atscan;
using namespace atscan::flow;

namespace {

Location at(const std::string& file, int line, int col = 1, int end_col = 0) { return {file, line, col, line, end_col ? end_col : col + 10}; }
Location range(const std::string& file, int from, int to) { return {file, from, 1, to, 1}; }
Value lit(const std::string& s, Location l) { return Value::literal(s, l); }
Value name(const std::string& s) { return Value::name(s); }
Value field(const std::string& base, const std::string& f) { return Value::of(ValueKind::field, f, {name(base)}); }
Value call(const std::string& callee, std::vector<Value> args, Location l) { return Value::of(ValueKind::call, callee, std::move(args), l); }
Assignment assign(AssignKind k, const std::string& fn, Value target, Value value, Location l, std::string type = "") {
  return Assignment{k, fn, std::move(target), std::move(value), std::move(type), l};
}

const std::string kPem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

// config.h holds the PEM as a macro of adjacent pieces; demo.c stores it in a credentials struct and
// hands it, with an S3 host, to connect() in transport.c, which installs it.
struct ThreeFileC {
  FileFlows config, demo, transport;
  ThreeFileC() {
    config.language = demo.language = transport.language = "c";
    config.assignments.push_back(assign(AssignKind::macro, "", name("ROOT_CA"),
                                        Value::of(ValueKind::concat, "", {lit(kPem.substr(0, 28), at("cfg/config.h", 3)), lit(kPem.substr(28), at("cfg/config.h", 4))}),
                                        at("cfg/config.h", 2)));
    config.assignments.push_back(assign(AssignKind::macro, "", name("HOST"), lit("bucket.s3.amazonaws.com", at("cfg/config.h", 6, 14, 40)), at("cfg/config.h", 6)));
    demo.imports.push_back(Import{"../cfg/config.h", "", "", true, at("app/demo.c", 1)});
    demo.functions.push_back(Function{"run", {}, {}, range("app/demo.c", 3, 9)});
    demo.assignments.push_back(assign(AssignKind::definition, "run", name("creds"), Value{}, at("app/demo.c", 4), "NetworkCredentials_t"));
    demo.assignments.push_back(assign(AssignKind::assign, "run", field("creds", "pRootCa"), name("ROOT_CA"), at("app/demo.c", 5)));
    demo.calls.push_back(Call{"run", call("tls_connect", {name("ctx"), name("HOST"), name("creds")}, at("app/demo.c", 6))});
    transport.functions.push_back(Function{"tls_connect", {"ctx", "host", "pCreds"}, {"Ctx *", "const char *", "const NetworkCredentials_t *"},
                                           range("net/transport.c", 10, 30)});
    transport.calls.push_back(Call{"tls_connect", call("mbedtls_x509_crt_parse", {field("ctx", "cacert"), field("pCreds", "pRootCa")}, at("net/transport.c", 12))});
    transport.calls.push_back(Call{"tls_connect", call("mbedtls_ssl_set_hostname", {field("ctx", "ssl"), name("host")}, at("net/transport.c", 14))});
  }
  std::vector<FlowFile> files() const { return {{"cfg/config.h", &config}, {"app/demo.c", &demo}, {"net/transport.c", &transport}}; }
};

}  // namespace

TEST(FlowSolver, AMacroPemReachesATrustCallThroughAStructFieldAndAParameterInAnotherFile) {
  ThreeFileC c;
  Solver solver(c.files());
  auto values = solver.values_of("net/transport.c", at("net/transport.c", 12), field("pCreds", "pRootCa"));
  ASSERT_EQ(values.size(), 1u);
  EXPECT_EQ(values[0].value, kPem);
  // field store in demo.c, then the macro in config.h
  ASSERT_GE(values[0].steps.size(), 2u);
  EXPECT_EQ(values[0].steps[0].location.file, "app/demo.c");
  EXPECT_EQ(values[0].steps.back().location.file, "cfg/config.h");
}

TEST(FlowSolver, TheMacroPemAndTheS3HostMeetInTheConnectCall) {
  ThreeFileC c;
  Solver solver(c.files());
  Anchor pem{"cfg/config.h", at("cfg/config.h", 3), "", {}};
  Anchor host{"cfg/config.h", at("cfg/config.h", 6, 14, 40), "", {}};
  auto link = solver.link(pem, host);
  ASSERT_TRUE(link);
  bool through_demo = false;
  for (const auto& s : link->steps) through_demo |= s.location.file == "app/demo.c";
  EXPECT_TRUE(through_demo);
}

TEST(FlowSolver, TheTrustCallInTheTransportReachesTheHostItsCallerPasses) {
  ThreeFileC c;
  Solver solver(c.files());
  EXPECT_EQ(solver.function_at("net/transport.c", at("net/transport.c", 12)), "tls_connect");
  Anchor sink{"net/transport.c", at("net/transport.c", 12), "&ctx->cacert", field("pCreds", "pRootCa")};
  Anchor host{"cfg/config.h", at("cfg/config.h", 6, 14, 40), "", {}};
  EXPECT_TRUE(solver.link(sink, host));
}

TEST(FlowSolver, ParametersCollectTheValuesOfEveryCaller) {
  FileFlows f;
  f.language = "python";
  f.functions.push_back(Function{"load", {"path"}, {}, range("m.py", 1, 3)});
  f.assignments.push_back(assign(AssignKind::ret, "load", Value{}, Value::of(ValueKind::file_read, "", {name("path")}, at("m.py", 2)), at("m.py", 2)));
  f.assignments.push_back(assign(AssignKind::assign, "", name("a"), call("load", {lit("a.pem", at("m.py", 5))}, at("m.py", 5)), at("m.py", 5)));
  f.assignments.push_back(assign(AssignKind::assign, "", name("b"), call("load", {lit("b.pem", at("m.py", 6))}, at("m.py", 6)), at("m.py", 6)));
  Solver solver({{"m.py", &f}});
  auto values = solver.values_of("m.py", at("m.py", 2), name("path"));
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].value, "a.pem");
  EXPECT_EQ(values[1].value, "b.pem");
  auto read = solver.values_of("m.py", at("m.py", 9), name("a"));
  ASSERT_FALSE(read.empty());
  EXPECT_TRUE(read[0].file_content);  // the return is a file read: its content is meant
}

TEST(FlowSolver, ASessionBuiltInOneModuleReachesTheS3UrlItIsUsedWithInAnother) {
  FileFlows a, b;
  a.language = b.language = "python";
  a.functions.push_back(Function{"make_session", {}, {}, range("pkg/net.py", 3, 7)});
  a.assignments.push_back(assign(AssignKind::assign, "", name("BUNDLE"), lit("certs/legacy.pem", at("pkg/net.py", 1)), at("pkg/net.py", 1)));
  a.assignments.push_back(assign(AssignKind::assign, "make_session", name("s"), call("requests.Session", {}, at("pkg/net.py", 4)), at("pkg/net.py", 4)));
  a.assignments.push_back(assign(AssignKind::assign, "make_session", field("s", "verify"), name("BUNDLE"), at("pkg/net.py", 5)));
  a.assignments.push_back(assign(AssignKind::ret, "make_session", Value{}, name("s"), at("pkg/net.py", 6)));
  b.imports.push_back(Import{"pkg.net", "make_session", "", false, at("jobs/upload.py", 1)});
  b.functions.push_back(Function{"upload", {}, {}, range("jobs/upload.py", 3, 6)});
  b.assignments.push_back(assign(AssignKind::assign, "upload", name("sess"), call("make_session", {}, at("jobs/upload.py", 4)), at("jobs/upload.py", 4)));
  b.calls.push_back(Call{"upload", call("sess.put", {lit("https://b.s3.amazonaws.com/k", at("jobs/upload.py", 5, 14, 44))}, at("jobs/upload.py", 5))});
  Solver solver({{"pkg/net.py", &a}, {"jobs/upload.py", &b}});
  auto bundle = solver.values_of("pkg/net.py", at("pkg/net.py", 5), field("s", "verify"));
  ASSERT_EQ(bundle.size(), 1u);
  EXPECT_EQ(bundle[0].value, "certs/legacy.pem");
  Anchor trust{"pkg/net.py", at("pkg/net.py", 5), "s", name("BUNDLE")};
  Anchor url{"jobs/upload.py", at("jobs/upload.py", 5, 14, 44), "", {}};
  auto link = solver.link(trust, url);
  ASSERT_TRUE(link);
  bool returned = false;
  for (const auto& s : link->steps) returned |= s.message.find("returned") != std::string::npos;
  EXPECT_TRUE(returned);
}

TEST(FlowSolver, AnS3UrlInAnotherFunctionOfTheSameFileLinksNothing) {
  FileFlows f;
  f.language = "python";
  f.functions.push_back(Function{"intranet", {}, {}, range("svc.py", 1, 4)});
  f.functions.push_back(Function{"backup", {}, {}, range("svc.py", 6, 8)});
  f.assignments.push_back(assign(AssignKind::assign, "intranet", name("s"), call("requests.Session", {}, at("svc.py", 2)), at("svc.py", 2)));
  f.assignments.push_back(assign(AssignKind::assign, "intranet", field("s", "verify"), lit("corp.pem", at("svc.py", 3)), at("svc.py", 3)));
  f.calls.push_back(Call{"intranet", call("s.get", {lit("https://wiki.corp", at("svc.py", 4, 10, 30))}, at("svc.py", 4))});
  f.calls.push_back(Call{"backup", call("requests.get", {lit("https://b.s3.amazonaws.com/x", at("svc.py", 7, 18, 50))}, at("svc.py", 7))});
  Solver solver({{"svc.py", &f}});
  Anchor trust{"svc.py", at("svc.py", 3), "s", {}};
  EXPECT_FALSE(solver.link(trust, Anchor{"svc.py", at("svc.py", 7, 18, 50), "", {}}));
  EXPECT_TRUE(solver.link(trust, Anchor{"svc.py", at("svc.py", 4, 10, 30), "", {}}));
}

TEST(FlowSolver, ASharedHelperDoesNotJoinItsCallers) {
  FileFlows f;
  f.language = "c";
  f.functions.push_back(Function{"wrap", {"x"}, {"void *"}, range("h.c", 1, 3)});
  f.assignments.push_back(assign(AssignKind::ret, "wrap", Value{}, name("x"), at("h.c", 2)));
  f.functions.push_back(Function{"a", {}, {}, range("h.c", 5, 7)});
  f.assignments.push_back(assign(AssignKind::definition, "a", name("t"), call("wrap", {lit("corp.pem", at("h.c", 6, 20, 30))}, at("h.c", 6)), at("h.c", 6)));
  f.functions.push_back(Function{"b", {}, {}, range("h.c", 9, 11)});
  f.assignments.push_back(assign(AssignKind::definition, "b", name("u"), call("wrap", {lit("https://b.s3.amazonaws.com", at("h.c", 10, 20, 48))}, at("h.c", 10)), at("h.c", 10)));
  Solver solver({{"h.c", &f}});
  EXPECT_FALSE(solver.link(Anchor{"h.c", at("h.c", 6, 20, 30), "", {}}, Anchor{"h.c", at("h.c", 10, 20, 48), "", {}}));
}

TEST(FlowSolver, ADepthLimitIsReportedNotSilent) {
  FileFlows f;
  f.language = "python";
  f.assignments.push_back(assign(AssignKind::assign, "", name("v0"), lit("ca.pem", at("d.py", 1)), at("d.py", 1)));
  for (int i = 1; i <= 10; ++i)
    f.assignments.push_back(assign(AssignKind::assign, "", name("v" + std::to_string(i)), name("v" + std::to_string(i - 1)), at("d.py", i + 1)));
  Solver shallow({{"d.py", &f}}, SolverOptions{4, 16});
  EXPECT_TRUE(shallow.values_of("d.py", at("d.py", 20), name("v10")).empty());
  auto notes = shallow.notifications();
  ASSERT_FALSE(notes.empty());
  EXPECT_NE(notes[0].message.find("depth 4"), std::string::npos);
  Solver deep({{"d.py", &f}});
  auto values = deep.values_of("d.py", at("d.py", 20), name("v10"));
  ASSERT_EQ(values.size(), 1u);
  EXPECT_EQ(values[0].value, "ca.pem");
  EXPECT_EQ(values[0].steps.size(), 11u);
  EXPECT_TRUE(deep.notifications().empty());
}

TEST(FlowSolver, ObjectTextBecomesANameOrAField) {
  EXPECT_EQ(parse_object_text("&ctx->cacert"), Value::of(ValueKind::field, "cacert", {Value::name("ctx")}));
  EXPECT_EQ(parse_object_text("self.session"), Value::of(ValueKind::field, "session", {Value::name("self")}));
  EXPECT_EQ(parse_object_text("curl"), Value::name("curl"));
  EXPECT_EQ(parse_object_text("f(x)").kind, ValueKind::unknown);
}

TEST(FlowSolver, OneSearchOverAllTargetsFindsTheTargetAFlowReaches) {
  ThreeFileC c;
  Solver solver(c.files());
  // Target 0 is an unrelated literal no flow touches; target 1 is the S3 host of config.h.
  solver.set_targets({Anchor{"app/demo.c", at("app/demo.c", 8, 1, 5), "", {}}, Anchor{"cfg/config.h", at("cfg/config.h", 6, 14, 40), "", {}}});
  auto hit = solver.link_to_targets(Anchor{"net/transport.c", at("net/transport.c", 12), "&ctx->cacert", field("pCreds", "pRootCa")});
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->target, 1u);
  EXPECT_FALSE(hit->link.steps.empty());
  // The same question pairwise gives the same answer.
  EXPECT_TRUE(solver.link(Anchor{"net/transport.c", at("net/transport.c", 12), "&ctx->cacert", field("pCreds", "pRootCa")},
                          Anchor{"cfg/config.h", at("cfg/config.h", 6, 14, 40), "", {}}));
}

TEST(FlowSolver, NoTargetIsReachedWhenNoFlowConnects) {
  FileFlows f;
  f.language = "python";
  f.assignments.push_back(assign(AssignKind::definition, "", name("a"), lit("certs/ca.pem", at("m.py", 1, 5, 20)), at("m.py", 1)));
  f.assignments.push_back(assign(AssignKind::definition, "", name("b"), lit("https://b.s3.amazonaws.com", at("m.py", 2, 5, 40)), at("m.py", 2)));
  Solver solver({{"m.py", &f}});
  solver.set_targets({Anchor{"m.py", at("m.py", 2, 5, 40), "", {}}});
  EXPECT_FALSE(solver.link_to_targets(Anchor{"m.py", at("m.py", 1, 5, 20), "", {}}));
}

TEST(FlowSolver, TheInnermostFunctionHoldsAPlaceAmongManyAndNestedOnes) {
  FileFlows f;
  f.language = "javascript";
  // 2,000 sibling functions, then an outer function with an inner one.
  for (int i = 0; i < 2000; ++i) f.functions.push_back(Function{"f" + std::to_string(i), {}, {}, range("a.js", 2 * i + 1, 2 * i + 2)});
  f.functions.push_back(Function{"outer", {}, {}, range("a.js", 5000, 5100)});
  f.functions.push_back(Function{"inner", {}, {}, range("a.js", 5010, 5020)});
  Solver solver({{"a.js", &f}});
  EXPECT_EQ(solver.function_at("a.js", at("a.js", 3)), "f1");
  EXPECT_EQ(solver.function_at("a.js", at("a.js", 4500)), "");
  EXPECT_EQ(solver.function_at("a.js", at("a.js", 5015)), "inner");
  EXPECT_EQ(solver.function_at("a.js", at("a.js", 5050)), "outer");
  EXPECT_EQ(solver.function_at("a.js", at("a.js", 5200)), "");
}

// --stats reports what the searches went through against what was built: a file no search reaches
// (here one with flows of its own, unrelated to the PEM) is built but not visited.
TEST(FlowSolver, CountsTheNodesAndFilesItsSearchesWentThrough) {
  ThreeFileC c;
  FileFlows other;
  other.language = "c";
  other.functions.push_back(Function{"log_line", {"text"}, {"const char *"}, range("util/log.c", 1, 9)});
  other.assignments.push_back(assign(AssignKind::assign, "log_line", name("prefix"), lit("[log] ", at("util/log.c", 3)), at("util/log.c", 3)));
  other.calls.push_back(Call{"log_line", call("fputs", {name("prefix"), name("stderr")}, at("util/log.c", 4))});
  auto files = c.files();
  files.push_back({"util/log.c", &other});
  Solver solver(files);
  EXPECT_EQ(solver.visited_node_count(), 0u);
  EXPECT_TRUE(solver.visited_files().empty());
  auto values = solver.values_of("net/transport.c", at("net/transport.c", 12), field("pCreds", "pRootCa"));
  ASSERT_EQ(values.size(), 1u);
  EXPECT_GT(solver.visited_node_count(), 0u);
  EXPECT_LT(solver.visited_node_count(), solver.node_count());
  // The PEM goes config.h → demo.c → transport.c; the log file is never entered.
  EXPECT_EQ(solver.visited_files(), (std::vector<std::string>{"app/demo.c", "cfg/config.h", "net/transport.c"}));
}
