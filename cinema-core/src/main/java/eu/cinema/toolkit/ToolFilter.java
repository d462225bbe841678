package eu.cinema.toolkit;

/** What the catalogue is narrowed to: a target group, start-up focus only, the developer's country. */
public record ToolFilter(TargetGroup targetGroup, boolean startupFocusOnly, String countryCode) {

    boolean matches(ToolCard tool) {
        return (targetGroup == null || tool.getTargetGroups().contains(targetGroup))
                && (!startupFocusOnly || tool.isStartupFocus())
                && (countryCode == null || countryCode.equals(tool.getDeveloperPartner().getCity().getCountry().getCode()));
    }
}
