find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Sql Network Concurrent Pdf HttpServer PrintSupport Multimedia MultimediaWidgets
  LinguistTools Test)
find_package(ZXing REQUIRED)
find_package(Qt6Keychain REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(TESSERACT REQUIRED IMPORTED_TARGET tesseract)
pkg_check_modules(LEPTONICA REQUIRED IMPORTED_TARGET lept)
pkg_check_modules(SANE REQUIRED IMPORTED_TARGET sane-backends)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
pkg_check_modules(PODOFO REQUIRED IMPORTED_TARGET libpodofo)
pkg_check_modules(LIBTIFF REQUIRED IMPORTED_TARGET libtiff-4)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
# qpdf reads an untrusted PDF's structure (object streams included) before PDFium does (pipeline/inputs.cpp).
pkg_check_modules(QPDF REQUIRED IMPORTED_TARGET libqpdf)
