/// The attribution the Open Government Licence v3.0 asks for, carried by every export, the
/// imported content files and the README: the content holds ONS, Skills England and National
/// Careers Service data published under that licence.
public enum Attribution {
    public static let openGovernmentLicence = "Contains public sector information licensed under the Open Government Licence v3.0."
}
