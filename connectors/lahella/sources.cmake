# Source type "lahella": Lähellä.fi-style NGO activity lists (see lahella/lahella_connector.h).
target_sources(tarjotin_connectors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/lahella/weekly_schedule.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/lahella/activity_channels.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/lahella/activity_mapping.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/lahella/activity_page.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/lahella/lahella_connector.cpp)
