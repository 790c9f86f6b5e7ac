package id.jht.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a replicated web session carries must survive serialization on one node and deserialization
 * on another (two nodes behind a round-robin balancer, or a node that dies): every
 * {@code @SessionScoped} and {@code @ViewScoped} bean of the web layer, and everything its fields
 * hold, must be {@link Serializable}; and no {@code @Inject} field may be {@code transient},
 * because nothing injects it again after deserialization (Weld's proxies of EJBs and normal-scoped
 * beans are serializable themselves).
 */
class ReplicatedSessionStateTest {

  private static final String WEB_PACKAGE = "id.jht.portal.interfaces.web";

  @Test
  void theWebLayerHasSessionState() throws Exception {
    assertFalse(sessionBeans().isEmpty());
  }

  /**
   * Only staff pages keep session state; a participant's request must not need another node's
   * memory (issue 12).
   */
  @Test
  void participantsPagesKeepNoSessionState() throws Exception {
    Set<String> staffPackages = Set.of("admin", "officer", "verification", "staff", "correction");
    Set<String> allowed =
        Set.of("pending.PendingClaimListBean"); // the officers' list of pending claims
    List<String> participants = new ArrayList<>();
    for (Class<?> bean : sessionBeans()) {
      String local = bean.getName().substring(WEB_PACKAGE.length() + 1);
      String pkg = local.substring(0, local.indexOf('.'));
      if (!staffPackages.contains(pkg) && !allowed.contains(local)) {
        participants.add(local);
      }
    }
    assertEquals(List.of(), participants, "participants' pages with session or view state");
  }

  @Test
  void everyFieldOfSessionStateSerializesAndNoInjectedFieldIsTransient() throws Exception {
    Set<String> problems = new java.util.LinkedHashSet<>();
    for (Class<?> bean : sessionBeans()) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not Serializable");
      }
      for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (Modifier.isStatic(modifiers)) {
            continue;
          }
          String where = c.getSimpleName() + "." + field.getName();
          if (field.isAnnotationPresent(Inject.class)) {
            if (Modifier.isTransient(modifiers)) {
              problems.add(where + " is an injected transient field: null on the next node");
            }
            continue;
          }
          if (!Modifier.isTransient(modifiers)) {
            checkType(field.getGenericType(), where, problems, new HashSet<>());
          }
        }
      }
    }
    assertEquals(
        List.of(), List.copyOf(problems), "session state that does not survive replication");
  }

  /** The type and, for the portal's own types and collections, what they contain. */
  private static void checkType(Type type, String where, Set<String> problems, Set<Type> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      checkType(p.getRawType(), where, problems, seen);
      for (Type argument : p.getActualTypeArguments()) {
        checkType(argument, where + "<>", problems, seen);
      }
    } else if (type instanceof GenericArrayType a) {
      checkType(a.getGenericComponentType(), where + "[]", problems, seen);
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        checkType(bound, where, problems, seen);
      }
    } else if (type instanceof Class<?> c && !(type instanceof TypeVariable<?>)) {
      if (c.isPrimitive() || c.isEnum() || c == Object.class) {
        return; // Object: what it holds is known only at run time (message arguments)
      }
      if (c.isArray()) {
        checkType(c.getComponentType(), where + "[]", problems, seen);
        return;
      }
      if (c.isInterface() && c.getName().startsWith("java.")) {
        return; // List, Map, ...: their elements are checked through the type arguments
      }
      if (isContainerReference(c)) {
        return; // held as the container's proxy, which serializes as a reference
      }
      if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(where + " holds " + c.getName() + ", which is not Serializable");
        return;
      }
      if (c.getName().startsWith("id.jht.portal.")) {
        for (Class<?> k = c;
            k != null && k.getName().startsWith("id.jht.portal.");
            k = k.getSuperclass()) {
          for (Field f : k.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
              checkType(f.getGenericType(), where + "." + f.getName(), problems, seen);
            }
          }
        }
      }
    }
  }

  /** Session beans and normal-scoped CDI beans: what the field holds is a serializable proxy. */
  private static boolean isContainerReference(Class<?> c) {
    for (java.lang.annotation.Annotation a : c.getAnnotations()) {
      String name = a.annotationType().getName();
      if (name.equals("jakarta.ejb.Stateless")
          || name.equals("jakarta.ejb.Singleton")
          || name.equals("jakarta.enterprise.context.ApplicationScoped")
          || name.equals("jakarta.enterprise.context.RequestScoped")
          || name.equals("jakarta.enterprise.context.SessionScoped")) {
        return true;
      }
    }
    return false;
  }

  private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException {
    Path root =
        Path.of(
            ReplicatedSessionStateTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    // target/test-classes -> target/classes, where the web layer's classes are.
    Path classes = root.resolveSibling("classes").resolve(WEB_PACKAGE.replace('.', '/'));
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            WEB_PACKAGE
                + "."
                + classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        try {
          Class<?> c =
              Class.forName(name, false, ReplicatedSessionStateTest.class.getClassLoader());
          if (c.isAnnotationPresent(SessionScoped.class)
              || c.isAnnotationPresent(ViewScoped.class)) {
            beans.add(c);
          }
        } catch (ClassNotFoundException | LinkageError unloadable) {
          // Not a class this test can inspect (e.g. it needs the container): not session state.
        }
      }
    }
    return beans;
  }
}
