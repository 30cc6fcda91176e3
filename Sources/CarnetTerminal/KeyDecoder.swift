import CNCursesW
import CarnetUI

/// Turns what `wget_wch` returns into a `Key`.
enum KeyDecoder {
    /// A character code (`wget_wch` returned OK): controls become named keys.
    static func decode(character value: UInt32) -> Key? {
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter  // 13 under nonl(), 10 from some pastes
        case 8, 127: return .backspace
        case 0: return .ctrl("@")
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        default:
            // C1 controls and bidi overrides are never keys a user means to type.
            guard !SafeText.isUnsafe(value), let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A key code (`wget_wch` returned KEY_CODE_YES). `KEY_RESIZE` is handled by the caller.
    static func decode(keyCode code: Int32) -> Key? {
        let f0 = carnet_key_f0()
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case (f0 + 1)...(f0 + 63): return .function(Int(code - f0))
        default: return nil
        }
    }
}
