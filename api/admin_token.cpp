#include "api/admin_token.h"

#include <cstddef>

namespace tarjotin {

bool constant_time_equals(const std::string& given, const std::string& expected) {
  // volatile: keep the compiler from turning the loop into an early-exit memcmp.
  volatile unsigned char diff = given.size() == expected.size() ? 0 : 1;
  const std::size_t n = given.size();
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const unsigned char g = n == 0 ? 0 : static_cast<unsigned char>(given[i % n]);
    diff = diff | static_cast<unsigned char>(g ^ static_cast<unsigned char>(expected[i]));
  }
  return diff == 0;
}

bool bearer_token_matches(const std::string& authorization, const std::string& token) {
  static const std::string kScheme = "bearer ";
  if (token.empty() || authorization.size() < kScheme.size()) return false;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    char c = authorization[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kScheme[i]) return false;  // the scheme is not secret
  }
  return constant_time_equals(authorization.substr(kScheme.size()), token);
}

}  // namespace tarjotin
