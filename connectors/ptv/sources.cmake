# PTV (Suomi.fi Finnish Service Catalogue) OUT API v11 connector, source type "ptv".
# include()d from connectors/CMakeLists.txt.
target_sources(tarjotin_connectors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/ptv/tm35fin.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/ptv/ptv_json.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/ptv/ptv_requests.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/ptv/guid_page.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/ptv/service_channel.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/ptv/channel_texts.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/ptv/service_mapping.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/ptv/detail_fetcher.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/ptv/ptv_connector.cpp)
