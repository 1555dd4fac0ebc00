# Source type "mapped": an organisation's own JSON feed, mapped onto Listing by a
# mapping file (see mapped/mapped_connector.h and mapped/feed_mapping.h).
target_sources(tarjotin_connectors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/mapped/json_path.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mapped/field_catalog.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mapped/feed_mapping.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mapped/field_reader.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mapped/item_mapping.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mapped/feed_page.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mapped/page_walk.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/mapped/mapped_connector.cpp)
