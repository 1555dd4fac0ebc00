#include "api/query_values.h"

#include <algorithm>

#include "model/utf8.h"

namespace tarjotin {

ParamProblem check_parameters(const QueryParams& params, const std::vector<std::string>& known) {
  for (const auto& [name, value] : params) {
    if (std::find(known.begin(), known.end(), name) == known.end())
      return ParamError{repair_utf8(name), "unknown parameter", known};
    if (!is_valid_utf8(value)) return ParamError{name, "not valid UTF-8 text", {}};
  }
  return std::nullopt;
}

ParamProblem read_single(const QueryParams& params, const std::string& name, std::optional<std::string>* out) {
  const auto count = params.count(name);
  if (count > 1) return ParamError{name, "give '" + name + "' once", {}};
  if (count == 1) *out = params.find(name)->second;
  return std::nullopt;
}

ParamProblem read_whole_number(const QueryParams& params, const std::string& name, int min, int max, int* out) {
  std::optional<std::string> value;
  if (auto problem = read_single(params, name, &value)) return problem;
  if (!value) return std::nullopt;
  const std::string range = std::to_string(min) + ".." + std::to_string(max);
  const bool digits = !value->empty() && value->size() <= 9 && std::all_of(value->begin(), value->end(), [](char c) { return c >= '0' && c <= '9'; });
  const int number = digits ? std::stoi(*value) : -1;
  if (!digits || number < min || number > max)
    return ParamError{name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max), {range}};
  *out = number;
  return std::nullopt;
}

ParamProblem read_choice(const QueryParams& params, const std::string& name, const std::vector<std::string>& allowed,
                         std::string* out) {
  std::optional<std::string> value;
  if (auto problem = read_single(params, name, &value)) return problem;
  if (!value) return std::nullopt;
  if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end())
    return ParamError{name, "unknown value '" + *value + "'", allowed};
  *out = *value;
  return std::nullopt;
}

ParamProblem read_flag(const QueryParams& params, const std::string& name, bool* out) {
  std::optional<std::string> value;
  if (auto problem = read_single(params, name, &value)) return problem;
  if (!value) return std::nullopt;
  if (*value == "true" || *value == "1" || *value == "yes") {
    *out = true;
  } else if (*value == "false" || *value == "0" || *value == "no") {
    *out = false;
  } else {
    return ParamError{name, "must be true or false", {"true", "false"}};
  }
  return std::nullopt;
}

std::size_t utf8_length(const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

}  // namespace tarjotin
