package org.aftercare.desk.console;

/** Where "back to the inbox" leads: the inbox page the agent came from, never another site. */
final class InboxLinks {

    private InboxLinks() {
    }

    static String safe(String back) {
        return back != null && (back.equals("/desk") || back.startsWith("/desk?")) && !back.contains("\\")
                ? back : "/desk";
    }
}
