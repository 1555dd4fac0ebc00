# Source type "tpr": Helsinki service point register (TPR REST v4). Included
# from connectors/CMakeLists.txt, so CMAKE_CURRENT_SOURCE_DIR is connectors/.
target_sources(tarjotin_connectors PRIVATE
  ${CMAKE_CURRENT_SOURCE_DIR}/tpr/accessibility_viewpoints.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/tpr/json_body.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/tpr/ontology_words.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/tpr/tpr_connector.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/tpr/unit_connections.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/tpr/unit_description.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/tpr/unit_fields.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/tpr/unit_list.cpp
  ${CMAKE_CURRENT_SOURCE_DIR}/tpr/unit_mapping.cpp)
