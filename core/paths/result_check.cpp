#include "core/paths/result_check.h"

#include <algorithm>
#include <utility>

namespace atscan::paths {
namespace {

enum class Subject { none, unknown, present, absent };

struct State {
  Subject subject = Subject::none;
  bool checked = false;
  bool operator==(const State&) const = default;
};

using Outcomes = std::vector<std::pair<bool, State>>;

// Bounds: paths finished and forks taken. Beyond them the function gets no verdict.
constexpr int kMaxPaths = 512;
constexpr int kMaxForks = 4096;

class Walk {
 public:
  Outcome result() const { return gave_up_ ? Outcome::unknown : bad_ ? Outcome::unchecked : Outcome::checked; }

  void run(std::vector<const Stmt*> work, State st) {
    while (!work.empty()) {
      if (gave_up_ || bad_) return;
      const Stmt* s = work.back();
      work.pop_back();
      switch (s->kind) {
        case Stmt::Kind::block:
          for (auto it = s->kids.rbegin(); it != s->kids.rend(); ++it) work.push_back(&*it);
          break;
        case Stmt::Kind::plain: {
          const auto states = distinct_states(eval(s->cond, st));
          if (states.size() == 1) {
            st = states.front();
            break;
          }
          for (const auto& next : states)
            if (fork()) run(work, next);
          return;
        }
        case Stmt::Kind::branch: {
          for (const auto& [value, next] : eval(s->cond, st)) {
            if (!fork()) return;
            auto w = work;
            const size_t arm = value ? 0 : 1;
            if (arm < s->kids.size()) w.push_back(&s->kids[arm]);
            run(std::move(w), next);
          }
          return;
        }
        case Stmt::Kind::exit:
          for (const auto& next : distinct_states(eval(s->cond, st))) finish(next);
          return;
        case Stmt::Kind::stop:
          count_path();
          return;
        case Stmt::Kind::unknown:
          gave_up_ = true;
          return;
      }
    }
    finish(st);  // the end of the body
  }

 private:
  static std::vector<State> distinct_states(const Outcomes& outcomes) {
    std::vector<State> out;
    for (const auto& o : outcomes)
      if (std::find(out.begin(), out.end(), o.second) == out.end()) out.push_back(o.second);
    return out;
  }

  // The subject tested for presence: an unknown subject splits the path.
  static Outcomes test(State st) {
    if (st.subject == Subject::present) return {{true, st}};
    if (st.subject == Subject::absent) return {{false, st}};
    if (st.subject == Subject::none) return {{true, st}, {false, st}};
    State yes = st, no = st;
    yes.subject = Subject::present;
    no.subject = Subject::absent;
    return {{true, yes}, {false, no}};
  }

  Outcomes eval(const Cond& c, State st) {
    switch (c.kind) {
      case Cond::Kind::start:
        st.subject = Subject::unknown;
        return test(st);
      case Cond::Kind::subject:
        return test(st);
      case Cond::Kind::check:
        st.checked = true;
        return {{true, st}, {false, st}};
      case Cond::Kind::other:
        return {{true, st}, {false, st}};
      case Cond::Kind::negate: {
        Outcomes out = c.kids.empty() ? Outcomes{{true, st}, {false, st}} : eval(c.kids[0], st);
        for (auto& o : out) o.first = !o.first;
        return out;
      }
      case Cond::Kind::both:
      case Cond::Kind::either: {
        if (c.kids.size() != 2) return {{true, st}, {false, st}};
        const bool short_value = c.kind == Cond::Kind::either;  // || stops at true, && at false
        Outcomes out;
        for (const auto& [v, s] : eval(c.kids[0], st)) {
          if (v == short_value) out.emplace_back(v, s);
          else
            for (const auto& o : eval(c.kids[1], s)) out.push_back(o);
        }
        return out;
      }
    }
    return {{true, st}, {false, st}};
  }

  bool fork() {
    if (++forks_ > kMaxForks) gave_up_ = true;
    return !gave_up_;
  }
  void count_path() {
    if (++paths_ > kMaxPaths) gave_up_ = true;
  }
  void finish(const State& st) {
    count_path();
    if (st.subject != Subject::none && st.subject != Subject::absent && !st.checked) bad_ = true;
  }

  int paths_ = 0, forks_ = 0;
  bool gave_up_ = false, bad_ = false;
};

}  // namespace

Outcome check_paths(const Stmt& body) {
  Walk w;
  w.run({&body}, State{});
  return w.result();
}

bool is_peer_certificate_call(std::string_view n) {
  return n == "SSL_get_peer_certificate" || n == "SSL_get1_peer_certificate" || n == "SSL_get0_peer_certificate" ||
         n == "wolfSSL_get_peer_certificate";
}

bool may_take_peer_certificate(std::string_view source) { return source.find("_peer_certificate") != std::string_view::npos; }

bool is_verify_result_call(std::string_view n) {
  return n == "SSL_get_verify_result" || n == "wolfSSL_get_verify_result" || n == "X509_verify_cert";
}

bool is_verify_mode_setter(std::string_view n) {
  return n == "SSL_CTX_set_verify" || n == "SSL_set_verify" || n == "wolfSSL_CTX_set_verify" || n == "wolfSSL_set_verify";
}

bool is_verify_none(std::string_view mode) {
  return mode == "SSL_VERIFY_NONE" || mode == "WOLFSSL_VERIFY_NONE" || mode == "0";
}

bool is_path_end_call(std::string_view n) {
  return n == "exit" || n == "_exit" || n == "_Exit" || n == "abort" || n == "quick_exit" || n == "std::exit" ||
         n == "std::abort";
}

}  // namespace atscan::paths
