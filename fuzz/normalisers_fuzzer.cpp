// libFuzzer target: the free-text normalisers feeds go through: prices,
// language codes, HTML to text, UTF-8 repair and the listing text limits.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "connectors/lahella/activity_mapping.h"
#include "model/html_text.h"
#include "model/listing_limits.h"
#include "model/price_text.h"
#include "model/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const tarjotin::PriceRange price = tarjotin::parse_price_text(text);
  if (price.min_eur && price.max_eur && *price.min_eur > *price.max_eur) std::abort();
  tarjotin::normalise_language(text);
  tarjotin::html_to_text(text);
  if (!tarjotin::is_valid_utf8(tarjotin::repair_utf8(text))) std::abort();
  tarjotin::Listing listing;
  listing.id = "fuzz:1";
  listing.name["fi"] = text;
  listing.description["sv"] = text + text;
  tarjotin::enforce_listing_limits(listing);
  if (!tarjotin::is_valid_utf8(listing.name["fi"]) || listing.name["fi"].size() > tarjotin::kMaxListingTextBytes)
    std::abort();
  return 0;
}
