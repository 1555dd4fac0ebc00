#include "api/shortlist_id.h"

#include <sys/random.h>

#include <cerrno>
#include <cstdint>
#include <stdexcept>

namespace tarjotin {
namespace {

constexpr std::size_t kRandomBytes = 16;  // 128 bits
constexpr std::size_t kIdLength = 22;     // ceil(128 / 6)
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

}  // namespace

std::string new_shortlist_id() {
  unsigned char bytes[kRandomBytes];
  std::size_t got = 0;
  while (got < kRandomBytes) {
    const ssize_t n = getrandom(bytes + got, kRandomBytes - got, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw std::runtime_error("no randomness from the kernel for a shortlist id");
    got += static_cast<std::size_t>(n);
  }
  std::string id;
  std::uint32_t bits = 0;
  int held = 0;
  for (unsigned char b : bytes) {
    bits = (bits << 8) | b;
    held += 8;
    while (held >= 6) {
      held -= 6;
      id += kAlphabet[(bits >> held) & 63];
    }
  }
  if (held > 0) id += kAlphabet[(bits << (6 - held)) & 63];
  return id;
}

bool is_shortlist_id(const std::string& id) {
  if (id.size() != kIdLength) return false;
  for (char c : id)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
      return false;
  return true;
}

}  // namespace tarjotin
