#pragma once
// DetailFetcher: gets the full v11 objects behind a GUID page, in batches of
// at most `batch_size` GUIDs: services with `Service/list?guids=`, the
// channels they link to with `ServiceChannel/list?guids=`.
//
// Problems are reported to the sink with on_error (source, URL, message and,
// for JSON, the byte offset), and split in two kinds:
// - fatal (the method returns false; the caller ends the pull incomplete): a
//   batch that cannot be fetched (other than a channel 404) or parsed;
// - not fatal (reported, the method returns true): a service or channel the
//   answer leaves out, and a channel that answers 404. A channel list that
//   answers 404 as a whole is retried one channel at a time with
//   `ServiceChannel/<id>`, so one missing channel costs only itself.
//
// The returned Value pointers stay valid until clear(). One instance per
// pull; not synchronised.

#include <string>
#include <vector>

#include "connectors/connector.h"
#include "connectors/ptv/ptv_json.h"
#include "connectors/ptv/service_mapping.h"

namespace tarjotin::ptv {

class DetailFetcher {
 public:
  DetailFetcher(Fetcher& fetcher, FeedSink& sink, std::string source, std::string root, int batch_size);
  DetailFetcher(const DetailFetcher&) = delete;
  DetailFetcher& operator=(const DetailFetcher&) = delete;

  // The service objects of `ids` that the API returned, in `ids` order.
  bool read_services(const std::vector<std::string>& ids, std::vector<const Value*>* services);

  // Adds the channel objects of `ids` that could be read to *channels.
  bool read_channels(const std::vector<std::string>& ids, ChannelIndex* channels);

  // Frees the bodies read so far; earlier pointers become invalid.
  void clear() { bodies_.clear(); }

  void report(const std::string& url, const std::string& message, long long offset = -1);

 private:
  // Fetches and parses `url`; nullptr (after a report unless `status` is
  // asked for and the answer is a 404) on failure. *status gets the HTTP status.
  const Value* read_body(const std::string& url, long* status);
  bool read_channels_one_by_one(const std::vector<std::string>& ids, ChannelIndex* channels);

  Fetcher& fetcher_;
  FeedSink& sink_;
  std::string source_;
  std::string root_;
  std::size_t batch_size_;
  std::vector<ParsedBody> bodies_;
};

}  // namespace tarjotin::ptv
