// Doubles from untrusted input -> integers, without undefined behaviour.
#ifndef TARJOTIN_MODEL_WHOLE_NUMBER_H_
#define TARJOTIN_MODEL_WHOLE_NUMBER_H_

#include <cmath>
#include <cstdint>
#include <optional>

namespace tarjotin {

// `value` truncated towards zero, or nothing when it is not finite or its
// integer part lies outside [low, high]. Casting a double beyond the range of
// the integer type is undefined behaviour, and a feed may send 1e300 anywhere
// a number is expected (found by fuzzing).
// REQUIRES: |low| and |high| below 2^53, so that they convert to double exactly
// and the final cast stays in range (every caller's bounds are far below).
inline std::optional<std::int64_t> whole_number_within(double value, std::int64_t low, std::int64_t high) {
  if (!std::isfinite(value)) return std::nullopt;
  const double whole = std::trunc(value);
  if (whole < static_cast<double>(low) || whole > static_cast<double>(high)) return std::nullopt;
  return static_cast<std::int64_t>(whole);
}

}  // namespace tarjotin

#endif  // TARJOTIN_MODEL_WHOLE_NUMBER_H_
