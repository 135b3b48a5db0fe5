package dev.stockbook.core.engine.documents;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gift cards and store credit, booked as a liability instead of revenue. A gift card the store
 * sells ({@code sync.giftCardSkus}) is a line on the gift card item ({@code sync.giftCardItem},
 * created when absent with the liability account {@code sync.giftCardAccount} as its income
 * account), so the sale raises what the shop owes. A redemption (a negative fee whose name starts
 * with one of {@code sync.giftCardRedemptions}) is a negative line on the same item: it pays part
 * of the order and lowers the liability, and the goods it paid for stay revenue in full.
 *
 * @param skus store SKUs of gift cards
 * @param item the QuickBooks item name
 * @param account the liability account of the item when Stockbook creates it
 * @param redemptions name prefixes of the store's redemption lines, compared ignoring case
 */
public record GiftCards(Set<String> skus, String item, String account, List<String> redemptions) {
  public GiftCards {
    skus = Set.copyOf(skus);
    redemptions =
        redemptions.stream()
            .map(r -> r.toLowerCase(Locale.ROOT))
            .filter(r -> !r.isBlank())
            .toList();
  }

  public static GiftCards none() {
    return new GiftCards(Set.of(), "Gift Card", "Gift Card Liability", List.of());
  }

  public boolean isGiftCard(String sku) {
    return sku != null && skus.contains(sku);
  }

  /** Whether a store fee line named {@code name} is a gift card or store credit redemption. */
  public boolean isRedemption(String name) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return redemptions.stream().anyMatch(lower::startsWith);
  }
}
