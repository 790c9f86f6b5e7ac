package id.jht.portal.infrastructure.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Which naming traditions are common in a province, with relative weights. */
final class CultureMix {

  private final List<NamingCulture> cultures = new ArrayList<>();
  private final List<Integer> cumulativeWeights = new ArrayList<>();
  private int totalWeight;

  private CultureMix() {}

  static CultureMix of(NamingCulture culture, int weight) {
    return new CultureMix().and(culture, weight);
  }

  CultureMix and(NamingCulture culture, int weight) {
    if (weight <= 0) {
      throw new IllegalArgumentException("Weight must be positive: " + culture);
    }
    totalWeight += weight;
    cultures.add(culture);
    cumulativeWeights.add(totalWeight);
    return this;
  }

  NamingCulture pick(Random random) {
    int ticket = random.nextInt(totalWeight);
    for (int i = 0; i < cultures.size(); i++) {
      if (ticket < cumulativeWeights.get(i)) {
        return cultures.get(i);
      }
    }
    throw new IllegalStateException("unreachable: ticket below total weight");
  }
}
