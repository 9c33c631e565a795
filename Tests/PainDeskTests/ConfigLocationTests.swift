import Testing

@testable import PainDesk

@Suite struct ConfigLocationTests {
  @Test func configPrecedence() {
    let env = ["HOME": "/home/va", "PAINDESK_CONFIG": "/etc/paindesk.json", "XDG_CONFIG_HOME": "/xdg"]
    #expect(ConfigLocation.resolve(flag: "c.json", environment: env)! == ("c.json", true))
    #expect(ConfigLocation.resolve(flag: nil, environment: env)! == ("/etc/paindesk.json", true))
    var e = env
    e["PAINDESK_CONFIG"] = ""
    #expect(ConfigLocation.resolve(flag: nil, environment: e)! == ("/xdg/paindesk/config.json", false))
    e["XDG_CONFIG_HOME"] = "relative/dir"
    #expect(ConfigLocation.resolve(flag: nil, environment: e)! == ("/home/va/.config/paindesk/config.json", false))
    e["XDG_CONFIG_HOME"] = ""
    #expect(ConfigLocation.resolve(flag: nil, environment: e)! == ("/home/va/.config/paindesk/config.json", false))
    e["XDG_CONFIG_HOME"] = nil
    #expect(ConfigLocation.resolve(flag: nil, environment: e)! == ("/home/va/.config/paindesk/config.json", false))
    #expect(ConfigLocation.resolve(flag: nil, environment: ["XDG_CONFIG_HOME": "/xdg/"])! == ("/xdg/paindesk/config.json", false))
    #expect(ConfigLocation.resolve(flag: nil, environment: [:]) == nil)
  }

  @Test func ledgerPrecedence() {
    let env = ["HOME": "/home/va", "PAINDESK_LEDGER": "/var/lib/paindesk/ledger.sqlite", "XDG_DATA_HOME": "/data"]
    #expect(LedgerLocation.resolve(flag: "l.sqlite", environment: env)! == ("l.sqlite", true))
    #expect(LedgerLocation.resolve(flag: nil, environment: env)! == ("/var/lib/paindesk/ledger.sqlite", true))
    var e = env
    e["PAINDESK_LEDGER"] = ""
    #expect(LedgerLocation.resolve(flag: nil, environment: e)! == ("/data/paindesk/ledger.sqlite", false))
    e["XDG_DATA_HOME"] = "./data"
    #expect(LedgerLocation.resolve(flag: nil, environment: e)! == ("/home/va/.local/share/paindesk/ledger.sqlite", false))
    e["XDG_DATA_HOME"] = nil
    #expect(LedgerLocation.resolve(flag: nil, environment: e)! == ("/home/va/.local/share/paindesk/ledger.sqlite", false))
  }
}
