find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Sql Network Concurrent Pdf HttpServer PrintSupport
  LinguistTools Test)
find_package(ZXing REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract)
pkg_check_modules(LEPTONICA REQUIRED IMPORTED_TARGET lept)
pkg_check_modules(SANE REQUIRED IMPORTED_TARGET sane-backends)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
