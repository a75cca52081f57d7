// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Minimal test harness for model/ (no Qt there): named cases, CHECK macros, a summary line that
// CTest and CI read ("N passed, N failed").

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace alfee::model::testing {

struct Case {
    std::string name;
    std::function<void()> body;
};

inline std::vector<Case>& registry() {
    static std::vector<Case> cases;
    return cases;
}
inline int& failures() {
    static int count = 0;
    return count;
}
struct Registrar {
    Registrar(const char* name, std::function<void()> body) {
        registry().push_back({name, std::move(body)});
    }
};

inline int runAll() {
    int passed = 0, failed = 0;
    for (const Case& c : registry()) {
        const int before = failures();
        try {
            c.body();
        } catch (const std::exception& e) {
            std::printf("FAIL   %s: exception: %s\n", c.name.c_str(), e.what());
            ++failures();
        }
        if (failures() == before) {
            std::printf("PASS   %s\n", c.name.c_str());
            ++passed;
        } else {
            ++failed;
        }
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}

}  // namespace alfee::model::testing

#define MODEL_TEST(name)                                                   \
    static void name();                                                    \
    static alfee::model::testing::Registrar name##_registrar(#name, name); \
    static void name()

#define MODEL_CHECK(cond)                                                 \
    do {                                                                  \
        if (!(cond)) {                                                    \
            std::printf("FAIL   %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            ++alfee::model::testing::failures();                          \
            return;                                                       \
        }                                                                 \
    } while (0)

#define MODEL_CHECK_NEAR(a, b, tol)                                                         \
    do {                                                                                    \
        const double va = (a), vb = (b);                                                    \
        if (!(std::abs(va - vb) <= (tol))) {                                                \
            std::printf("FAIL   %s:%d: %s = %.10g, %s = %.10g, tolerance %.3g\n", __FILE__, \
                        __LINE__, #a, va, #b, vb, static_cast<double>(tol));                \
            ++alfee::model::testing::failures();                                            \
            return;                                                                         \
        }                                                                                   \
    } while (0)
