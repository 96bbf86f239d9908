#include "scanners/config/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>

namespace atscan::config {

const std::string& YamlNode::Scalar() const {
  static const std::string empty;
  return IsScalar() ? data_->text : empty;
}

YamlNode YamlNode::operator[](std::string_view key) const {
  if (!IsMap()) return {};
  const auto& kids = data_->kids;
  for (size_t i = 0; i + 1 < kids.size(); i += 2)
    if (kids[i]->kind == YamlData::Kind::scalar && kids[i]->text == key) return YamlNode(kids[i + 1]);
  return {};
}

size_t YamlNode::size() const {
  if (IsMap()) return data_->kids.size() / 2;
  return IsSequence() ? data_->kids.size() : 0;
}

YamlNode::iterator YamlNode::begin() const { return iterator(IsMap() || IsSequence() ? data_ : nullptr, 0); }
YamlNode::iterator YamlNode::end() const {
  return iterator(IsMap() || IsSequence() ? data_ : nullptr, IsMap() || IsSequence() ? data_->kids.size() : 0);
}

void YamlNode::iterator::load() {
  item_ = Item{};
  if (!data_) return;
  if (at_ >= data_->kids.size()) {
    at_ = data_->kids.size();  // the end, even past a map's last pair
    return;
  }
  if (data_->kind == YamlData::Kind::map) {
    item_.first = YamlNode(data_->kids[at_]);
    if (at_ + 1 < data_->kids.size()) item_.second = YamlNode(data_->kids[at_ + 1]);
  } else {
    static_cast<YamlNode&>(item_) = YamlNode(data_->kids[at_]);
  }
}

// The parser reads an std::istream: this one reads the file's text where it is, without a copy.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view s) {
    char* p = const_cast<char*>(s.data());  // only read: a get area is declared with char*
    setg(p, p, p + s.size());
  }
};

// Nodes from the parser's events, as yaml-cpp's own node builder makes them (an alias is the anchored
// node itself; an empty document is a null node), and what the old guard pass looked for: a document
// that starts where the previous one started (the parser stuck on a token no rule consumes).
class YamlBuilder : public YAML::EventHandler {
 public:
  explicit YamlBuilder(YamlStream& s) : s_(s) {}
  bool stuck = false;
  int last_start = -1;

  void OnDocumentStart(const YAML::Mark& mark) override {
    stuck = mark.pos == last_start;
    last_start = mark.pos;
    root_ = nullptr;
    stack_.clear();
    anchors_.clear();  // anchors are a document's own
  }
  void OnDocumentEnd() override {
    if (!root_) root_ = &s_.nodes_->emplace_back();
    s_.documents_.emplace_back(root_);
  }
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { add(YamlData::Kind::null, mark, anchor); }
  void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override {
    const YamlData* target = anchor < anchors_.size() ? anchors_[anchor] : nullptr;
    attach(target ? target : &s_.nodes_->emplace_back());
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, const std::string& value) override {
    add(YamlData::Kind::scalar, mark, anchor)->text = value;
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    stack_.push_back(add(YamlData::Kind::sequence, mark, anchor));
  }
  void OnSequenceEnd() override { stack_.pop_back(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor, YAML::EmitterStyle::value) override {
    stack_.push_back(add(YamlData::Kind::map, mark, anchor));
  }
  void OnMapEnd() override { stack_.pop_back(); }

 private:
  YamlData* add(YamlData::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    YamlData& d = s_.nodes_->emplace_back();
    d.kind = kind;
    d.mark = mark;
    attach(&d);
    if (anchor != YAML::NullAnchor) {
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1, nullptr);
      anchors_[anchor] = &d;
    }
    return &d;
  }
  void attach(const YamlData* d) {
    if (!stack_.empty()) stack_.back()->kids.push_back(d);
    else if (!root_) root_ = d;
  }

  YamlStream& s_;
  const YamlData* root_ = nullptr;
  std::vector<YamlData*> stack_;
  std::vector<const YamlData*> anchors_;
};

YamlStream YamlStream::parse(std::string_view text, int max_documents) {
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  YAML::Parser parser(in);
  YamlStream s;
  YamlBuilder builder(s);
  for (int docs = 0; parser.HandleNextDocument(builder);) {
    if (builder.stuck) {
      const size_t upto = std::min(static_cast<size_t>(std::max(builder.last_start, 0)), text.size());
      const auto line = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(upto), '\n');
      throw YamlStreamError("skipped: malformed YAML at line " + std::to_string(line + 1) +
                            ": a token no YAML rule accepts (a ',' outside a flow collection?)");
    }
    if (++docs > max_documents)
      throw YamlStreamError("skipped: more than " + std::to_string(max_documents) + " YAML documents in one file");
  }
  return s;
}

}  // namespace atscan::config
