#pragma once
// Shortlist ids: 128 bits from the kernel's CSPRNG (getrandom(2)), written as
// unpadded URL-safe base64 (RFC 4648 §5), so 22 characters of [A-Za-z0-9_-].
// Unguessable: the id is the only thing that gives access to a shortlist.

#include <string>

namespace tarjotin {

// Throws std::runtime_error if the kernel gives no randomness.
std::string new_shortlist_id();

// True when `id` has the form new_shortlist_id() returns.
bool is_shortlist_id(const std::string& id);

}  // namespace tarjotin
