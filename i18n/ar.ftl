# Footer line of every page
footer-text = مركز الترحيب في تورينغن (Welcome Center Thuringia): معلومات واستشارة أولى وإحالة إلى الشركاء للعمال المهرة القادمين من الخارج ولأصحاب العمل في تورينغن.
