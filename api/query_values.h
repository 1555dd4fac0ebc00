#pragma once
// Small readers of single-valued query parameters, for the routes other than
// /v1/search (which has its own, search_params.h). Each returns the problem
// as a ParamError naming the parameter, or nullopt when the value is fine
// (or absent). Pure; no I/O.

#include <optional>
#include <string>
#include <vector>

#include "api/search_params.h"

namespace tarjotin {

using ParamProblem = std::optional<ParamError>;

// Unknown parameter names (refused, so a typo never silently widens a
// request; "allowed" lists `known`) and values that are not UTF-8.
ParamProblem check_parameters(const QueryParams& params, const std::vector<std::string>& known);

// The value of `name` into *out when given once; refused when repeated.
ParamProblem read_single(const QueryParams& params, const std::string& name, std::optional<std::string>* out);

// A whole number from `min` to `max` into *out (unchanged when absent).
ParamProblem read_whole_number(const QueryParams& params, const std::string& name, int min, int max, int* out);

// One of `allowed` into *out (unchanged when absent).
ParamProblem read_choice(const QueryParams& params, const std::string& name, const std::vector<std::string>& allowed,
                         std::string* out);

// true|false (also 1|0, yes|no) into *out (unchanged when absent).
ParamProblem read_flag(const QueryParams& params, const std::string& name, bool* out);

// Number of Unicode characters of valid UTF-8 text.
std::size_t utf8_length(const std::string& text);

}  // namespace tarjotin
