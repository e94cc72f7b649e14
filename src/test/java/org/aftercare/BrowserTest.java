package org.aftercare;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * A console test in a real Chromium: one browser per test class, a fresh context (cookies, storage)
 * with an English page per test, everything closed after. {@link #newPage(String)} swaps in a context
 * in another locale.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    protected Chromium chromium;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void launchChromium() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @BeforeEach
    void openEnglishPage() {
        newPage("en-US");
    }

    /** Closes the test's context and opens a new one in {@code locale}, 1440 × 900. */
    protected Page newPage(String locale) {
        closeContext();
        context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1440, 900));
        page = context.newPage();
        return page;
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @AfterAll
    void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
