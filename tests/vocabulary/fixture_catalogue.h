#pragma once
// The fixture catalogue: every source's recorded test data pulled through its
// real connector, as sync would get it: the demo Linked Events pages
// (data/demo/linkedevents, file://), the real TPR unit 41102 with the real
// ontology words (plus a few units built here from real ontology word ids),
// the two PTV fixture services (PtvApi), the Lähellä activity pages and the
// example NGO feed (local HTTP servers). Listings come out unclassified.

#include <memory>
#include <string>
#include <vector>

#include "model/listing.h"
#include "vocabulary/vocabulary_files.h"

namespace tarjotin::catalogue {

std::vector<Listing> linkedevents_demo();
std::vector<Listing> tpr_units();
std::vector<Listing> ptv_services();
std::vector<Listing> lahella_activities();
std::vector<Listing> ngo_activities();

// All of the above, pulled once per process.
const std::vector<Listing>& all_sources();

// config/vocabulary, loaded once per process.
std::shared_ptr<const VocabularySet> repository_vocabulary();

// `listings` classified with the repository vocabulary.
std::vector<Listing> classified(std::vector<Listing> listings);

// The listing with this id, or nullptr.
const Listing* find(const std::vector<Listing>& listings, const std::string& id);

}  // namespace tarjotin::catalogue
