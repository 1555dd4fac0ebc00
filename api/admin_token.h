#pragma once
// Checks the bearer token of an admin request (POST /admin/...).
//
// The comparison takes the same time whatever the client sent, for a given
// configured token: it walks the whole configured token and accumulates the
// differences (XOR) without an early exit, so the time does not tell how
// many leading characters were right. The length of a wrong guess changes
// nothing either: a different length is one more difference, not a shortcut.
// Pure; thread-safe.

#include <string>

namespace tarjotin {

// True when `authorization` (the Authorization header's value) is exactly
// "Bearer <token>" (scheme case-insensitive, one space). REQUIRES: token non-empty.
bool bearer_token_matches(const std::string& authorization, const std::string& token);

// Constant-time equality of `given` with `expected` (time depends only on
// expected.size()).
bool constant_time_equals(const std::string& given, const std::string& expected);

}  // namespace tarjotin
