; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu -function-sections %s -o - -stack-report-section | %filecheck %s
; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu -function-sections %s -o - | %filecheck %s --check-prefix=OFF
;
; -stack-report-section puts each function's record beside its code, in a
; non-allocated .stackbound section linked to the function's own section
; ("o" = SHF_LINK_ORDER), a COMDAT function's inside its group; the module's
; records go to .stackbound.modules. An entry is "SBR1", its kind ('F' = 70,
; 'M' = 77), the address size (8), the module key, the function's address
; (.quad of a label at its entry: the symbol would resolve to whichever copy
; the linker kept), the payload length, the JSON.
;   leaf: a leaf, 8 bytes (the return address).
;   inl: linkonce_odr in its COMDAT; pushes nothing, calls leaf: 8.
;
; CHECK-LABEL: leaf:
; CHECK-NEXT: [[LEAF:.Lstackbound_fn[0-9]+]]:
; CHECK: .section .stackbound,"o",@progbits,.text.leaf{{$}}
; CHECK-NEXT: .ascii "SBR1"
; CHECK-NEXT: .byte 70
; CHECK-NEXT: .byte 8
; CHECK-NEXT: .quad {{-?[0-9]+}}
; CHECK-NEXT: .quad [[LEAF]]
; CHECK-NEXT: .long [[#]]
; CHECK-NEXT: .ascii "{{.*}}\"name\":\"leaf\",\"own_depth\":8,
; CHECK-LABEL: inl:
; CHECK-NEXT: [[INL:.Lstackbound_fn[0-9]+]]:
; CHECK: .section .stackbound,"oG",@progbits,.text.inl,inl,comdat
; CHECK: .quad [[INL]]
; CHECK: .section .stackbound.modules,"",@progbits
; CHECK-NEXT: .ascii "SBR1"
; CHECK-NEXT: .byte 77
; CHECK-NEXT: .byte 8
; CHECK-NEXT: .quad {{-?[0-9]+}}
; CHECK-NEXT: .quad 0
; CHECK-NEXT: .long [[#]]
; CHECK-NEXT: .ascii "{\"kind\":\"module\"{{.*}}\n{{.*}}\"kind\":\"symbols\"
;
; OFF-NOT: stackbound

define i32 @leaf(i32 %x) {
  %r = add i32 %x, 1
  ret i32 %r
}

$inl = comdat any
define linkonce_odr i32 @inl(i32 %x) comdat {
  %r = tail call i32 @leaf(i32 %x)
  ret i32 %r
}
