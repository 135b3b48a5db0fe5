package dev.stockbook.app.web.dashboard;

import dev.stockbook.app.web.dashboard.DashboardBackend.ConnectionHealth;
import gg.jte.Content;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Every connection's health at a glance, each with "Sync now" ({@code overview.jte}). */
final class OverviewPage {
  private OverviewPage() {}

  /** One connection's card ({@code card.jte}); "Sync now" comes back to {@code back}. */
  record Card(ConnectionHealth c, Sessions.Session session, ZoneId zone, String back) {
    String base() {
      return Layout.ROOT + "/connections/" + Html.url(c.name());
    }

    String healthClass() {
      return "health-" + c.health().name().toLowerCase(Locale.ROOT);
    }

    String label() {
      return switch (c.health()) {
        case HEALTHY -> "Healthy";
        case ATTENTION -> "Needs attention";
        case FAILING -> "Failing";
      };
    }

    String lastSync() {
      return Html.when(c.lastCycle(), zone);
    }

    String nextSync() {
      return c.nextCycle() == null ? "when the service starts" : Html.when(c.nextCycle(), zone);
    }

    String apiCalls() {
      return c.apiCalls() == null ? "not measured" : String.valueOf(c.apiCalls());
    }
  }

  record Model(List<Card> cards) {}

  static Content render(List<ConnectionHealth> connections, Sessions.Session session, ZoneId zone) {
    List<Card> cards =
        connections.stream().map(c -> new Card(c, session, zone, Layout.ROOT)).toList();
    return Templates.content("overview.jte", new Model(cards));
  }
}
