package id.jht.portal.infrastructure.document;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Looks for JavaScript and launch actions anywhere in a PDF: in the catalog's JavaScript name tree,
 * the open action, document, page, annotation and form-field additional actions, outline items and
 * the {@code /Next} chains of all of them.
 *
 * <p>Rather than asking each of those places through the PDModel (and missing the next place a
 * viewer learns to honour), it walks every dictionary and array reachable from the catalog. Any
 * action dictionary of type JavaScript or Launch, any {@code /JS} entry (which also covers script
 * renditions), any {@code /JavaScript} name tree and any XFA form (which carries its own scripts)
 * counts as active content.
 */
final class PdfActiveContentScanner {

  /** Outcome of a scan. */
  enum Result {
    NONE,
    FOUND,
    /**
     * More containers than any document of at most a few MB plausibly has: a decompression bomb.
     */
    TOO_COMPLEX
  }

  private static final int MAX_CONTAINERS = 500_000;

  private static final Set<COSName> ACTIVE_ACTION_TYPES =
      Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"));

  private PdfActiveContentScanner() {}

  static Result scan(PDDocument document) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> pending = new ArrayDeque<>();
    pending.push(document.getDocumentCatalog().getCOSObject());
    while (!pending.isEmpty()) {
      COSBase item = dereference(pending.pop());
      if (item == null || !seen.add(item)) {
        continue;
      }
      if (seen.size() > MAX_CONTAINERS) {
        return Result.TOO_COMPLEX;
      }
      if (item instanceof COSDictionary dictionary) {
        if (isActive(dictionary)) {
          return Result.FOUND;
        }
        for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
          pushContainer(pending, entry.getValue());
        }
      } else if (item instanceof COSArray array) {
        for (COSBase element : array) {
          pushContainer(pending, element);
        }
      }
    }
    return Result.NONE;
  }

  private static boolean isActive(COSDictionary dictionary) {
    COSName actionType = dictionary.getCOSName(COSName.S);
    return (actionType != null && ACTIVE_ACTION_TYPES.contains(actionType))
        || dictionary.containsKey(COSName.JS)
        // the catalog's /Names /JavaScript tree, even before looking at its entries
        || dictionary.containsKey(COSName.JAVA_SCRIPT)
        || dictionary.containsKey(COSName.XFA);
  }

  /** Only dictionaries, arrays and references can lead to actions; numbers and names cannot. */
  private static void pushContainer(Deque<COSBase> pending, COSBase value) {
    if (value instanceof COSObject || value instanceof COSDictionary || value instanceof COSArray) {
      pending.push(value);
    }
  }

  private static COSBase dereference(COSBase item) {
    return item instanceof COSObject reference ? reference.getObject() : item;
  }
}
