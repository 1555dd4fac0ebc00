#include "connectors/ptv/channel_texts.h"

#include <array>
#include <utility>

#include "connectors/ptv/service_channel.h"

namespace tarjotin::ptv {
namespace {

struct Labels {
  const char* language;
  const char* hours;
  const char* always_open;
  const char* reservation;
  const char* closed;
  const char* accessibility;
  std::array<const char*, 7> days;  // Monday first
};

const std::array<Labels, 3> kLabels = {{
    {"fi", "Aukioloajat", "Avoinna aina", "Ajanvarauksella", "Suljettu", "Esteettömyys",
     {"ma", "ti", "ke", "to", "pe", "la", "su"}},
    {"sv", "Öppettider", "Alltid öppet", "Med tidsbokning", "Stängt", "Tillgänglighet",
     {"mån", "tis", "ons", "tor", "fre", "lör", "sön"}},
    {"en", "Opening hours", "Always open", "By appointment", "Closed", "Accessibility",
     {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}},
}};

const Labels* labels_for(const std::string& language) {
  for (const Labels& labels : kLabels)
    if (language == labels.language) return &labels;
  return nullptr;
}

const char* day_label(const Labels& labels, const std::string& day) {
  static const std::array<const char*, 7> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};
  for (std::size_t i = 0; i < kDays.size(); ++i)
    if (day == kDays[i]) return labels.days[i];
  return nullptr;
}

// "08:00:00" -> "08:00"; other forms as given.
std::string clock(const std::string& time) {
  if (time.size() >= 5 && time[2] == ':') return time.substr(0, 5);
  return time;
}

bool flag(const Value& object, const char* name) {
  const Value* value = member(object, name);
  return value && value->IsBool() && value->GetBool();
}

bool is_regular(const std::string& type) {
  return type == "DaysOfTheWeek" || type == "Standard" || type == "OverMidnight";
}

std::string opening_row(const Labels& labels, const Value& hour) {
  const char* from_day = day_label(labels, string_member(hour, "dayFrom"));
  if (!from_day) return "";
  std::string row = from_day;
  const char* to_day = day_label(labels, string_member(hour, "dayTo"));
  if (to_day && std::string(to_day) != from_day) row += std::string("\u2013") + to_day;
  const std::string from = clock(string_member(hour, "from"));
  const std::string to = clock(string_member(hour, "to"));
  if (!from.empty() || !to.empty()) row += " " + from + "\u2013" + to;
  return row;
}

// One serviceHours entry as lines in one language; "" when it says nothing there.
std::string period_text(const Labels& labels, const Value& period) {
  std::string lines;
  auto add = [&lines](const std::string& line) {
    if (!line.empty()) lines += (lines.empty() ? "" : "\n") + line;
  };
  if (flag(period, "isAlwaysOpen")) add(labels.always_open);
  if (flag(period, "isClosed")) add(labels.closed);
  if (const Value* hours = array_member(period, "openingHour"))
    for (const Value& hour : hours->GetArray()) add(opening_row(labels, hour));
  if (flag(period, "isReservation")) add(labels.reservation);
  const LocalizedText info = localized(member(period, "additionalInformation"));
  if (const auto it = info.find(labels.language); it != info.end()) add(it->second);
  if (lines.empty()) return "";
  const std::string valid_to = string_member(period, "validTo").substr(0, 10);
  if (!valid_to.empty()) {
    const std::string valid_from = string_member(period, "validFrom").substr(0, 10);
    lines = valid_from + "\u2013" + valid_to + ":\n" + lines;
  }
  return lines;
}

// Sentence groups of one language in feed order: (title, sentences).
using Groups = std::vector<std::pair<std::string, std::vector<std::string>>>;

void add_sentence(Groups& groups, const std::string& title, const std::string& sentence) {
  if (sentence.empty()) return;
  if (groups.empty() || groups.back().first != title) groups.emplace_back(title, std::vector<std::string>{});
  groups.back().second.push_back(sentence);
}

void read_sentences(const Value& item, const std::string& language, Groups& groups) {
  const LocalizedText title = localized(member(item, "sentenceGroup"));
  const auto title_it = title.find(language);
  const std::string group = title_it == title.end() ? "" : title_it->second;
  auto sentence_in = [&language](const Value* list) {
    const LocalizedText text = localized(list);
    const auto it = text.find(language);
    return it == text.end() ? std::string() : it->second;
  };
  if (const Value* sentences = array_member(item, "sentences"))
    for (const Value& sentence : sentences->GetArray()) add_sentence(groups, group, sentence_in(member(sentence, "sentence")));
  add_sentence(groups, group, sentence_in(member(item, "sentenceDescription")));
}

}  // namespace

LocalizedText opening_hours_text(const Value* service_hours, const std::vector<std::string>& languages) {
  LocalizedText text;
  if (!service_hours || !service_hours->IsArray()) return text;
  for (const std::string& language : languages) {
    const Labels* labels = labels_for(language);
    if (!labels) continue;
    std::string body;
    for (const Value& period : service_hours->GetArray()) {
      if (!is_regular(string_member(period, "serviceHourType"))) continue;
      const std::string lines = period_text(*labels, period);
      if (!lines.empty()) body += "\n" + lines;
    }
    if (!body.empty()) set_text(text, language, std::string(labels->hours) + ":" + body);
  }
  return text;
}

LocalizedText accessibility_text(const Value& channel, const std::vector<std::string>& languages) {
  LocalizedText text;
  const Value* address = visiting_address(channel);
  const Value* entrances = address ? array_member(*address, "entrances") : nullptr;
  if (!entrances) return text;
  for (const std::string& language : languages) {
    const Labels* labels = labels_for(language);
    if (!labels) continue;
    Groups groups;
    for (const Value& entrance : entrances->GetArray())
      if (const Value* items = array_member(entrance, "accessibilitySentences"))
        for (const Value& item : items->GetArray()) read_sentences(item, language, groups);
    if (groups.empty()) continue;
    std::string body = std::string(labels->accessibility) + ":";
    for (const auto& [title, sentences] : groups) {
      if (!title.empty()) body += "\n" + title + ":";
      for (const std::string& sentence : sentences) body += "\n- " + sentence;
    }
    set_text(text, language, body);
  }
  return text;
}

void append_text(LocalizedText& base, const LocalizedText& addition) {
  for (const auto& [language, text] : addition) {
    std::string& target = base[language];
    target += (target.empty() ? "" : "\n\n") + text;
  }
}

}  // namespace tarjotin::ptv
