// CarnetCore
