package cn.gov.pujiang.decision.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The package graph and the few boundaries docs/architecture.md describes, checked on the compiled
 * main classes (tests and tools are not part of the picture). A failure names the class and the
 * dependency that broke the rule.
 */
class ArchitectureTest {

  private static final String BASE = "cn.gov.pujiang.decision";

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(BASE);

  /** Types that only exist because a request came over HTTP (Servlet, Spring MVC, JAX-RS, our own web package). */
  private static final DescribedPredicate<JavaClass> WEB_TYPES = resideInAnyPackage(
      "jakarta.servlet..", "org.springframework.web..", "org.springframework.http..", "jakarta.ws.rs..",
      BASE + ".web..").as("are web types (Servlet, Spring MVC, JAX-RS, package web)");

  /**
   * Classes outside controllers and the HTTP error mapping that read the current request on purpose.
   * Each is a check that must know which door a request came through; the list may only shrink.
   */
  private static final java.util.List<String> REQUEST_AWARE = java.util.List.of(
      // the public participation controllers' same-origin check of a form post (package-private)
      BASE + ".participation.SameOrigin",
      // tells a Cockpit/engine-REST intervention from an engine-internal call
      BASE + ".security.InterventionCheck",
      // the unit of the logged-in user for the request being served
      BASE + ".security.UnitAccess",
      // Camunda's webapp login SPI takes the servlet request
      BASE + ".security.WebappAuthenticationProvider",
      // Spring Security's HTTP configuration (its handlers answer with a problem body)
      BASE + ".security.SecurityConfiguration");

  /**
   * Known reads of another feature's repository by a delegate or listener, as "class -> repository".
   * All three look a unit up (name, county or town) in organisation's UnitRepository; they are to call
   * an organisation service instead. Frozen here so that no new one comes in; the list may only shrink.
   */
  private static final java.util.Set<String> KNOWN_REPOSITORY_READS = java.util.Set.of(
      BASE + ".meeting.MeetingScheduleCheck -> " + BASE + ".organisation.UnitRepository",
      BASE + ".publication.PublicationCheck -> " + BASE + ".organisation.UnitRepository",
      BASE + ".review.CompletenessCheck -> " + BASE + ".organisation.UnitRepository");

  @Test
  void packagesFormNoCycle() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void onlyControllersAndTheHttpBoundaryUseWebTypes() {
    noClasses()
        .that(are(not(httpBoundary())))
        .should().dependOnClassesThat(WEB_TYPES)
        .because("services, delegates, listeners and jobs say no with a Refusal; HTTP maps it once (ADR 0018)")
        .check(MAIN);
  }

  @Test
  void delegatesAndListenersDoNotReachIntoOtherFeaturesRepositories() {
    classes()
        .that(are(assignableTo(JavaDelegate.class).or(assignableTo(TaskListener.class))
            .or(assignableTo(ExecutionListener.class))))
        .and().resideInAPackage(BASE + "..")
        .should(notUseRepositoriesOfAnotherPackage())
        .because("a delegate or listener calls a feature's service; the repository is that feature's own business")
        .check(MAIN);
  }

  /**
   * Classes that switch the engine's authorization checks off in a command. Engine calls the application
   * makes after its own checks go through process.AsApplication, and a process start through
   * process.StartAsApplication; the others are older reads of the security and intervention machinery.
   * Frozen here so that no new one comes in; the list may only shrink.
   */
  private static final java.util.Set<String> SWITCH_AUTHORIZATION_OFF = java.util.Set.of(
      BASE + ".engine.AsApplication",
      BASE + ".security.InstanceAuthorizations",
      BASE + ".security.UnitAccess",
      BASE + ".web.EngineRequestCheckFilter",
      BASE + ".execution.ExecutionProblems");

  @Test
  void onlyTheNamedPlacesSwitchAuthorizationChecksOff() {
    noClasses()
        .that(are(not(DescribedPredicate.describe("listed in SWITCH_AUTHORIZATION_OFF",
            (JavaClass c) -> SWITCH_AUTHORIZATION_OFF.contains(c.getName())))))
        .should().callMethod(org.camunda.bpm.engine.impl.interceptor.CommandContext.class, "disableAuthorizationCheck")
        .because("an elevated engine call is made in one named place (process.AsApplication, process.StartAsApplication)")
        .check(MAIN);
  }

  @Test
  void onlySecurityTouchesTheEngineAuthorizations() {
    noClasses()
        .that().resideOutsideOfPackage(BASE + ".security..")
        .should().dependOnClassesThat(assignableTo(AuthorizationService.class)
            .or(resideInAnyPackage("org.camunda.bpm.engine.impl.persistence.entity")
                .and(simpleNameStartingWith("Authorization"))))
        .as("nothing outside security touches AuthorizationService or the engine's authorization entities")
        .check(MAIN);
  }

  @Test
  void everyBeanTheModelsCallIsNamedAfterItsClass() throws java.io.IOException {
    java.util.regex.Pattern called = java.util.regex.Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z]+)}\"");
    java.util.Set<String> classNames = new java.util.HashSet<>();
    MAIN.forEach(c -> classNames.add(c.getSimpleName()));
    java.util.List<String> mismatches = new java.util.ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> models = java.nio.file.Files.list(java.nio.file.Path.of("processes"))) {
      for (java.nio.file.Path model : models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        java.util.regex.Matcher bean = called.matcher(java.nio.file.Files.readString(model));
        while (bean.find()) {
          String name = bean.group(1);
          if (!classNames.contains(Character.toUpperCase(name.charAt(0)) + name.substring(1))) {
            mismatches.add(model.getFileName() + ": ${" + name + "}");
          }
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(mismatches)
        .as("beans called from the models whose name is not their class's (docs/conventions.md)").isEmpty();
  }

  private static DescribedPredicate<JavaClass> httpBoundary() {
    return resideInAnyPackage(BASE + ".web..")
        .or(DescribedPredicate.describe("a controller",
            (JavaClass c) -> c.isMetaAnnotatedWith(Controller.class) || c.isAnnotatedWith(Controller.class)
                || c.isAnnotatedWith(ControllerAdvice.class) || c.isAnnotatedWith(RestControllerAdvice.class)))
        .or(assignableTo(jakarta.servlet.Filter.class))
        .or(DescribedPredicate.describe("registers a servlet filter", (JavaClass c) -> c.getDirectDependenciesFromSelf()
            .stream().anyMatch(d -> d.getTargetClass().isAssignableTo(FilterRegistrationBean.class))))
        .or(assignableTo(jakarta.ws.rs.ext.ExceptionMapper.class))
        .or(assignableTo(jakarta.ws.rs.core.Application.class))
        .or(assignableTo(org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable.class))
        .or(DescribedPredicate.describe("request-aware by design",
            (JavaClass c) -> REQUEST_AWARE.stream().anyMatch(n -> c.getName().equals(n) || c.getName().startsWith(n + "$"))))
        .as("the HTTP boundary");
  }

  private static ArchCondition<JavaClass> notUseRepositoriesOfAnotherPackage() {
    return new ArchCondition<>("not use a repository of another feature") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          if (target.isAssignableTo(org.springframework.data.repository.Repository.class)
              && !target.getPackageName().equals(item.getPackageName())
              && !KNOWN_REPOSITORY_READS.contains(item.getName() + " -> " + target.getName())) {
            events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
          }
        }
      }
    };
  }
}
