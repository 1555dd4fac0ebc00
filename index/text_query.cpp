#include "index/text_query.h"

#include <vector>

#include "index/index_schema.h"
#include "index/text_case.h"

namespace tarjotin {
namespace {

constexpr unsigned kFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_LOVEHATE |
                            Xapian::QueryParser::FLAG_PHRASE |
                            Xapian::QueryParser::FLAG_CJK_NGRAM;
constexpr unsigned kPlainFlags = Xapian::QueryParser::FLAG_CJK_NGRAM;

Xapian::Query parse_in(const Xapian::Database& db, const std::string& text,
                       const schema::TextLanguage& language, unsigned flags) {
  Xapian::QueryParser parser;
  parser.set_database(db);
  if (*language.stemmer) parser.set_stemmer(Xapian::Stem(language.stemmer));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.add_prefix("", language.prefix);
  return parser.parse_query(text, flags);
}

Xapian::Query parse_all(const Xapian::Database& db, const std::string& text, unsigned flags) {
  std::vector<Xapian::Query> parses;
  for (const schema::TextLanguage& language : schema::stemmed_text_languages())
    parses.push_back(parse_in(db, text, language, flags));
  parses.push_back(parse_in(db, text, schema::kOtherText, flags));
  return Xapian::Query(Xapian::Query::OP_OR, parses.begin(), parses.end());
}

}  // namespace

bool is_blank_query(const std::string& q) { return q.find_first_not_of(" \t\r\n\f\v") == std::string::npos; }

std::optional<Xapian::Query> text_query(const Xapian::Database& db, const std::string& q) {
  if (is_blank_query(q)) return Xapian::Query::MatchAll;
  const std::string text = lower_query(q);
  Xapian::Query query;
  try {
    query = parse_all(db, text, kFlags);
  } catch (const Xapian::QueryParserError&) {
    try {
      query = parse_all(db, text, kPlainFlags);
    } catch (const Xapian::QueryParserError&) {
      return std::nullopt;
    }
  }
  if (query.empty()) return std::nullopt;
  return query;
}

}  // namespace tarjotin
