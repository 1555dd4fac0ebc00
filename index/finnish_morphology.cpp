#include "index/finnish_morphology.h"

#include <libvoikko/voikko.h>

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <utility>

#include "index/index_schema.h"
#include "index/text_case.h"

namespace tarjotin {
namespace {

constexpr std::size_t kMinPartChars = 3;

// One Voikko analysis: the base form and the STRUCTURE string ('=' starts a
// compound part; every other character stands for one character of the word).
struct RawAnalysis {
  std::string base_form;
  std::string structure;
};

// The code points of a UTF-8 word (invalid bytes as single characters).
std::vector<std::string> characters(const std::string& word) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < word.size();) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + n > word.size()) n = 1;
    out.push_back(word.substr(i, n));
    i += n;
  }
  return out;
}

void add_unique(std::vector<std::string>& to, const std::string& value) {
  if (!value.empty() && std::find(to.begin(), to.end(), value) == to.end()) to.push_back(value);
}

// The compound parts of `word` as one analysis's structure splits it.
std::vector<std::string> split_parts(const std::vector<std::string>& chars, const std::string& structure) {
  std::vector<std::string> parts;
  std::size_t next = 0;
  std::string current;
  for (char s : structure) {
    if (s == '=') {
      if (!current.empty()) parts.push_back(current);
      current.clear();
      continue;
    }
    if (next >= chars.size()) break;
    current += chars[next++];
  }
  if (!current.empty()) parts.push_back(current);
  return parts;
}

// One thread's Voikko handle, Snowball stemmer and cache.
class ThreadMorphology {
 public:
  ThreadMorphology() : snowball_("finnish") {
    const char* error = nullptr;
    handle_ = voikkoInit(&error, "fi", nullptr);
  }
  ~ThreadMorphology() {
    if (handle_) voikkoTerminate(handle_);
  }
  ThreadMorphology(const ThreadMorphology&) = delete;
  ThreadMorphology& operator=(const ThreadMorphology&) = delete;

  bool available() const { return handle_ != nullptr; }

  const FinnishAnalysis& analysis(const std::string& word) {
    auto found = cache_.find(word);
    if (found != cache_.end()) return found->second;
    if (cache_.size() >= kFinnishCacheWords) cache_.clear();
    return cache_.emplace(word, analyse(word)).first->second;
  }

  std::string stem(const std::string& word) {
    const FinnishAnalysis& a = analysis(word);
    return snowball_(a.known ? a.base_forms.front() : word);
  }

  std::string snowball(const std::string& word) { return snowball_(word); }

 private:
  std::vector<RawAnalysis> raw(const std::string& word) {
    std::vector<RawAnalysis> out;
    if (!handle_ || word.empty()) return out;
    voikko_mor_analysis** analyses = voikkoAnalyzeWordCstr(handle_, word.c_str());
    if (!analyses) return out;
    for (voikko_mor_analysis** a = analyses; *a; ++a) {
      RawAnalysis r;
      if (char* base = voikko_mor_analysis_value_cstr(*a, "BASEFORM")) {
        r.base_form = lower_utf8(base);
        voikko_free_mor_analysis_value_cstr(base);
      }
      if (char* structure = voikko_mor_analysis_value_cstr(*a, "STRUCTURE")) {
        r.structure = structure;
        voikko_free_mor_analysis_value_cstr(structure);
      }
      if (!r.base_form.empty()) out.push_back(std::move(r));
    }
    voikko_free_mor_analysis(analyses);
    return out;
  }

  FinnishAnalysis analyse(const std::string& word) {
    FinnishAnalysis result;
    const std::vector<RawAnalysis> analyses = raw(word);
    if (analyses.empty()) return result;
    result.known = true;
    for (const RawAnalysis& a : analyses) add_unique(result.base_forms, a.base_form);
    const std::vector<std::string> chars = characters(word);
    std::vector<std::vector<std::string>> splits;
    for (const RawAnalysis& a : analyses) {
      std::vector<std::string> parts = split_parts(chars, a.structure);
      if (parts.size() > 1 && std::find(splits.begin(), splits.end(), parts) == splits.end())
        splits.push_back(std::move(parts));
    }
    // Every run of adjacent parts but the whole word, by its base forms.
    for (const std::vector<std::string>& parts : splits)
      for (std::size_t i = 0; i < parts.size(); ++i) {
        std::string run;
        for (std::size_t j = i; j < parts.size(); ++j) {
          run += parts[j];
          if (i == 0 && j + 1 == parts.size()) break;
          if (characters(run).size() < kMinPartChars) continue;
          for (const RawAnalysis& part : raw(run))
            if (characters(part.base_form).size() >= kMinPartChars && part.base_form != word)
              add_unique(result.parts, part.base_form);
        }
      }
    return result;
  }

  VoikkoHandle* handle_ = nullptr;
  Xapian::Stem snowball_;
  std::unordered_map<std::string, FinnishAnalysis> cache_;
};

ThreadMorphology& this_thread() {
  thread_local ThreadMorphology morphology;
  return morphology;
}

class FinnishStem : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override { return this_thread().stem(word); }
  std::string get_description() const override { return "finnish+voikko"; }
};

}  // namespace

bool finnish_morphology_available() { return this_thread().available(); }

const FinnishAnalysis& finnish_analysis(const std::string& word) { return this_thread().analysis(word); }

Xapian::Stem finnish_stemmer() { return Xapian::Stem(new FinnishStem); }

Xapian::Stem text_stemmer(const std::string& code, const std::string& snowball) {
  if (snowball.empty()) return Xapian::Stem();
  if (code == "fi") return finnish_stemmer();
  return Xapian::Stem(snowball);
}

void add_finnish_extra_terms(Xapian::Document& doc) {
  const std::string prefix = schema::text_language("fi").prefix;  // XFI
  const std::string stemmed = "Z" + prefix;
  std::vector<std::pair<std::string, Xapian::termcount>> words;
  auto t = doc.termlist_begin();
  for (t.skip_to(prefix); t != doc.termlist_end(); ++t) {
    const std::string term = *t;
    if (term.compare(0, prefix.size(), prefix) != 0) break;
    words.emplace_back(term.substr(prefix.size()), t.get_wdf());
  }
  ThreadMorphology& morphology = this_thread();
  for (const auto& [word, wdf] : words) {
    const FinnishAnalysis& a = morphology.analysis(word);
    if (!a.known) continue;
    const std::string main = morphology.snowball(a.base_forms.front());
    std::vector<std::string> extra;
    for (std::size_t i = 1; i < a.base_forms.size(); ++i) add_unique(extra, morphology.snowball(a.base_forms[i]));
    for (const std::string& part : a.parts) add_unique(extra, morphology.snowball(part));
    for (const std::string& stem : extra)
      if (stem != main) doc.add_term(stemmed + stem, std::max<Xapian::termcount>(1, wdf));
  }
}

}  // namespace tarjotin
